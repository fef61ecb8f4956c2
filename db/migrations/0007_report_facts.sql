CREATE TABLE `application_stays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`job_id` integer NOT NULL,
	`applied_at` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`entered_at` integer NOT NULL,
	`left_at` integer,
	`hours` integer,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_stays_open_idx` ON `application_stays` (`application_id`) WHERE hours is null;--> statement-breakpoint
CREATE INDEX `application_stays_period_idx` ON `application_stays` (`stage_id`,`hours`,`applied_at`) WHERE hours is not null;--> statement-breakpoint
CREATE INDEX `application_stays_job_idx` ON `application_stays` (`job_id`,`applied_at`,`stage_id`,`hours`) WHERE hours is not null;--> statement-breakpoint
DROP INDEX `applications_created_idx`;--> statement-breakpoint
ALTER TABLE `applications` ADD `furthest_position` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `hired_at` integer;--> statement-breakpoint
CREATE INDEX `applications_report_idx` ON `applications` (`created_at`,`job_id`,`status`,`source`,`furthest_position`,`hired_at`,`stage_id`,`rejection_reason`);--> statement-breakpoint
-- Backfill from the history already written. A stay runs from an event that entered a stage to the
-- next event that moved the application on or closed it while active (the pairing the reports did).
INSERT INTO `application_stays` (`application_id`, `job_id`, `applied_at`, `stage_id`, `entered_at`, `left_at`, `hours`)
SELECT p.application_id, a.job_id, a.created_at, p.stage_id, p.at, p.next_at, (p.next_at - p.at + 1800000) / 3600000
FROM (
  SELECT e.application_id, e.kind, e.to_stage_id AS stage_id, e.created_at AS at,
    lead(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.created_at, e.id) AS next_at
  FROM `application_events` e
  WHERE e.kind IN ('applied', 'moved', 'reopened')
    OR (e.kind IN ('hired', 'rejected', 'withdrawn', 'erased', 'anonymised') AND coalesce(e.from_status, 'active') = 'active')
) p JOIN `applications` a ON a.id = p.application_id
WHERE p.kind IN ('applied', 'moved', 'reopened') AND p.stage_id IS NOT NULL;
--> statement-breakpoint
UPDATE `applications` SET
  `furthest_position` = (SELECT max(s.position) FROM `application_events` e JOIN `stages` s ON s.id = e.to_stage_id WHERE e.application_id = `applications`.id),
  `hired_at` = (SELECT min(e.created_at) FROM `application_events` e WHERE e.application_id = `applications`.id AND e.kind = 'hired');
--> statement-breakpoint
-- From now on every event keeps the facts. Events are written in time order (each is stamped when
-- it is written), so "the open stay" is always the one the new event ends.
CREATE TRIGGER `application_events_stays` AFTER INSERT ON `application_events`
WHEN new.kind IN ('applied', 'moved', 'reopened')
  OR (new.kind IN ('hired', 'rejected', 'withdrawn', 'erased', 'anonymised') AND coalesce(new.from_status, 'active') = 'active')
BEGIN
  UPDATE `application_stays` SET `left_at` = new.created_at, `hours` = (new.created_at - `entered_at` + 1800000) / 3600000
  WHERE `application_id` = new.application_id AND `hours` IS NULL;
  INSERT INTO `application_stays` (`application_id`, `job_id`, `applied_at`, `stage_id`, `entered_at`)
  SELECT a.id, a.job_id, a.created_at, new.to_stage_id, new.created_at FROM `applications` a
  WHERE a.id = new.application_id AND new.kind IN ('applied', 'moved', 'reopened') AND new.to_stage_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `application_events_reach` AFTER INSERT ON `application_events`
WHEN new.to_stage_id IS NOT NULL OR new.kind = 'hired'
BEGIN
  UPDATE `applications` SET
    `furthest_position` = CASE WHEN new.to_stage_id IS NULL THEN `furthest_position`
      ELSE max(coalesce(`furthest_position`, -1), (SELECT s.position FROM `stages` s WHERE s.id = new.to_stage_id)) END,
    `hired_at` = CASE WHEN new.kind = 'hired' THEN coalesce(`hired_at`, new.created_at) ELSE `hired_at` END
  WHERE id = new.application_id;
END;
--> statement-breakpoint
-- "Furthest" is by the stages' current order: when a stage moves, the job's applications are
-- measured again.
CREATE TRIGGER `stages_position_reach` AFTER UPDATE OF `position` ON `stages`
WHEN new.position IS NOT old.position
BEGIN
  UPDATE `applications` SET `furthest_position` =
    (SELECT max(s.position) FROM `application_events` e JOIN `stages` s ON s.id = e.to_stage_id WHERE e.application_id = `applications`.id)
  WHERE `job_id` = new.job_id;
END;
