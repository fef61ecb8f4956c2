CREATE TABLE `application_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`label` text NOT NULL,
	`value` text NOT NULL,
	`display` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `application_answers_unique` ON `application_answers` (`application_id`,`question_key`);--> statement-breakpoint
CREATE TABLE `job_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`required` integer DEFAULT false NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`knockout` text,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_questions_job_key_unique` ON `job_questions` (`job_id`,`key`);--> statement-breakpoint
CREATE INDEX `job_questions_job_position_idx` ON `job_questions` (`job_id`,`position`);--> statement-breakpoint
CREATE TABLE `scheduled_rejections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`reason` text NOT NULL,
	`message` text NOT NULL,
	`due_at` integer NOT NULL,
	`done_at` integer,
	`outcome` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scheduled_rejections_application_unique` ON `scheduled_rejections` (`application_id`);--> statement-breakpoint
CREATE INDEX `scheduled_rejections_due_idx` ON `scheduled_rejections` (`done_at`,`due_at`);