CREATE TABLE `application_search` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`job_id` integer NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_search_job_idx` ON `application_search` (`job_id`,`body`);--> statement-breakpoint
-- Every row is written by triggers, from the columns the app already keeps folded for search
-- (candidates.search_text, notes.search_text), a line each, blank ones left out. The view says
-- how once; the backfill and each trigger copy from it, for all applications or for one.
CREATE VIEW `application_search_source` AS
SELECT a.id AS application_id, a.job_id, coalesce((SELECT group_concat(t, char(10)) FROM (
  SELECT c.search_text AS t FROM `candidates` c WHERE c.id = a.candidate_id
  UNION ALL SELECT n.search_text FROM `notes` n WHERE n.application_id = a.id
) WHERE t <> ''), '') AS body
FROM `applications` a;
--> statement-breakpoint
INSERT INTO `application_search` (`application_id`, `job_id`, `body`) SELECT application_id, job_id, body FROM `application_search_source`;
--> statement-breakpoint
CREATE TRIGGER `applications_search_insert` AFTER INSERT ON `applications`
BEGIN
  REPLACE INTO `application_search` (`application_id`, `job_id`, `body`)
  SELECT application_id, job_id, body FROM `application_search_source` WHERE application_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `candidates_search_update` AFTER UPDATE OF `search_text` ON `candidates`
BEGIN
  REPLACE INTO `application_search` (`application_id`, `job_id`, `body`)
  SELECT application_id, job_id, body FROM `application_search_source`
  WHERE application_id IN (SELECT id FROM `applications` WHERE candidate_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `notes_search_insert` AFTER INSERT ON `notes`
BEGIN
  REPLACE INTO `application_search` (`application_id`, `job_id`, `body`)
  SELECT application_id, job_id, body FROM `application_search_source` WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `notes_search_update` AFTER UPDATE OF `search_text` ON `notes`
BEGIN
  REPLACE INTO `application_search` (`application_id`, `job_id`, `body`)
  SELECT application_id, job_id, body FROM `application_search_source` WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `notes_search_delete` AFTER DELETE ON `notes`
BEGIN
  REPLACE INTO `application_search` (`application_id`, `job_id`, `body`)
  SELECT application_id, job_id, body FROM `application_search_source` WHERE application_id = old.application_id;
END;
