ALTER TABLE `stages` ADD `kind` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
UPDATE `stages` SET `kind` = 'screening' WHERE `key` IN ('applied', 'initial_call');--> statement-breakpoint
UPDATE `stages` SET `kind` = 'interview' WHERE `key` IN ('manager_meeting', 'technical_interviews');--> statement-breakpoint
UPDATE `stages` SET `kind` = 'decision' WHERE `key` = 'decision';--> statement-breakpoint
UPDATE `stages` SET `kind` = 'offer_checks' WHERE `key` = 'references';
