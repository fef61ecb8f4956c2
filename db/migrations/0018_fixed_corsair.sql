CREATE TABLE `scheduling_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`kind` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`interviewer_ids` text NOT NULL,
	`required_count` integer NOT NULL,
	`window_start` integer NOT NULL,
	`window_end` integer NOT NULL,
	`min_notice_minutes` integer NOT NULL,
	`buffer_minutes` integer NOT NULL,
	`video_url` text,
	`note` text,
	`state` text DEFAULT 'requested' NOT NULL,
	`token_hash` text NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`interview_id` integer,
	`reminded_at` integer,
	`calendar_wanted` integer DEFAULT 0 NOT NULL,
	`calendar_done` integer DEFAULT 0 NOT NULL,
	`calendar_user_ids` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scheduling_requests_token_unique` ON `scheduling_requests` (`token_hash`);--> statement-breakpoint
CREATE INDEX `scheduling_requests_application_idx` ON `scheduling_requests` (`application_id`);--> statement-breakpoint
CREATE INDEX `scheduling_requests_state_idx` ON `scheduling_requests` (`state`,`window_end`);--> statement-breakpoint
CREATE INDEX `scheduling_requests_calendar_idx` ON `scheduling_requests` (`calendar_done`,`calendar_wanted`);