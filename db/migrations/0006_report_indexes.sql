DROP INDEX `application_events_application_idx`;--> statement-breakpoint
CREATE INDEX `application_events_application_idx` ON `application_events` (`application_id`,`created_at`,`id`,`kind`,`to_stage_id`,`from_status`);--> statement-breakpoint
CREATE INDEX `applications_created_idx` ON `applications` (`created_at`);