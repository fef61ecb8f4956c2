CREATE TABLE `interviewers` (
	`interview_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`interview_id`, `user_id`),
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interviewers_user_idx` ON `interviewers` (`user_id`,`interview_id`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`kind` text NOT NULL,
	`starts_at` integer,
	`duration_minutes` integer DEFAULT 60 NOT NULL,
	`video_url` text,
	`created_by_user_id` integer NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`cancelled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interviews_application_idx` ON `interviews` (`application_id`);--> statement-breakpoint
CREATE INDEX `interviews_starts_idx` ON `interviews` (`starts_at`);--> statement-breakpoint
CREATE TABLE `job_attributes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`optional` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_attributes_job_key_unique` ON `job_attributes` (`job_id`,`key`);--> statement-breakpoint
CREATE INDEX `job_attributes_job_position_idx` ON `job_attributes` (`job_id`,`position`);--> statement-breakpoint
CREATE TABLE `referees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`contact` text NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `referees_application_idx` ON `referees` (`application_id`);--> statement-breakpoint
CREATE TABLE `scorecard_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scorecard_id` integer NOT NULL,
	`content` text NOT NULL,
	`reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scorecard_revisions_scorecard_idx` ON `scorecard_revisions` (`scorecard_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`content` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_at` integer,
	`amended_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scorecards_interview_user_unique` ON `scorecards` (`interview_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `scorecards_user_idx` ON `scorecards` (`user_id`);--> statement-breakpoint
ALTER TABLE `applications` ADD `background_check` text DEFAULT 'not_started' NOT NULL;--> statement-breakpoint
ALTER TABLE `jobs` ADD `hiring_manager_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `outbox` ADD `attachments` text;