CREATE TABLE `candidate_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kept_candidate_id` integer NOT NULL,
	`merged_candidate_id` integer NOT NULL,
	`application_ids` text NOT NULL,
	`by_user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`undone_at` integer,
	`undone_by_user_id` integer,
	FOREIGN KEY (`kept_candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidate_merges_kept_idx` ON `candidate_merges` (`kept_candidate_id`);--> statement-breakpoint
CREATE INDEX `candidate_merges_merged_idx` ON `candidate_merges` (`merged_candidate_id`);--> statement-breakpoint
CREATE TABLE `consent_renewals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consent_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`sent_at` integer NOT NULL,
	`answered_at` integer,
	`answer` text,
	FOREIGN KEY (`consent_id`) REFERENCES `consents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consent_renewals_consent_unique` ON `consent_renewals` (`consent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `consent_renewals_token_unique` ON `consent_renewals` (`token_hash`);--> statement-breakpoint
CREATE TABLE `talent_invites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`job_id` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`unsubscribed_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `talent_invites_token_unique` ON `talent_invites` (`token_hash`);--> statement-breakpoint
CREATE INDEX `talent_invites_application_idx` ON `talent_invites` (`application_id`);--> statement-breakpoint
DROP INDEX `applications_candidate_unique`;--> statement-breakpoint
CREATE INDEX `applications_candidate_idx` ON `applications` (`candidate_id`);--> statement-breakpoint
ALTER TABLE `candidates` ADD `phone_key` text;--> statement-breakpoint
ALTER TABLE `candidates` ADD `linkedin_key` text;--> statement-breakpoint
ALTER TABLE `candidates` ADD `github_key` text;--> statement-breakpoint
ALTER TABLE `candidates` ADD `merged_into_id` integer REFERENCES candidates(id);--> statement-breakpoint
CREATE INDEX `candidates_phone_key_idx` ON `candidates` (`phone_key`);--> statement-breakpoint
CREATE INDEX `candidates_linkedin_key_idx` ON `candidates` (`linkedin_key`);--> statement-breakpoint
CREATE INDEX `candidates_github_key_idx` ON `candidates` (`github_key`);