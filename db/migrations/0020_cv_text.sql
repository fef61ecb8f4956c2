CREATE TABLE `cv_texts` (
	`file_id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`body` text NOT NULL,
	`truncated` integer DEFAULT false NOT NULL,
	`extracted_at` integer NOT NULL,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cv_texts_application_idx` ON `cv_texts` (`application_id`);--> statement-breakpoint
ALTER TABLE `files` ADD `text_state` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `files` ADD `text_note` text;--> statement-breakpoint
ALTER TABLE `files` ADD `text_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `files` ADD `text_lease_until` integer;--> statement-breakpoint
CREATE INDEX `files_text_state_idx` ON `files` (`text_state`);