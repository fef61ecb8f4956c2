CREATE TABLE `application_tags` (
	`application_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`application_id`, `tag`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_tags_tag_idx` ON `application_tags` (`tag`,`application_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`author_user_id` integer NOT NULL,
	`body` text NOT NULL,
	`search_text` text NOT NULL,
	`mentions` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_application_idx` ON `notes` (`application_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `applications` ADD `rejection_reason` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `candidate_feedback` text;--> statement-breakpoint
ALTER TABLE `candidates` ADD `search_text` text DEFAULT '' NOT NULL;