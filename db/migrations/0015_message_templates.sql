CREATE TABLE `message_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`locale` text NOT NULL,
	`job_id` integer,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`updated_by_user_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_templates_org_unique` ON `message_templates` (`kind`,`locale`) WHERE job_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX `message_templates_job_unique` ON `message_templates` (`job_id`,`kind`,`locale`) WHERE job_id is not null;