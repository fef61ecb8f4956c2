CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`ip` text NOT NULL,
	`user_agent` text NOT NULL,
	`revoked_at` integer,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`,`last_seen_at`);--> statement-breakpoint
ALTER TABLE `login_failures` ADD `device_id` text;--> statement-breakpoint
CREATE INDEX `login_failures_email_at_idx` ON `login_failures` (`email_key`,`at`);--> statement-breakpoint
CREATE INDEX `login_failures_device_at_idx` ON `login_failures` (`device_id`,`at`);