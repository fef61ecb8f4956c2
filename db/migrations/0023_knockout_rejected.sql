-- A knockout's rejection is an event of its own kind (knockout_rejected), not a `rejected` with a
-- note in its data: the report facts count it as a closing event like any rejection.
DROP TRIGGER `application_events_stays`;
--> statement-breakpoint
CREATE TRIGGER `application_events_stays` AFTER INSERT ON `application_events`
WHEN new.kind IN ('applied', 'moved', 'reopened')
  OR (new.kind IN ('hired', 'rejected', 'knockout_rejected', 'withdrawn', 'erased', 'anonymised') AND coalesce(new.from_status, 'active') = 'active')
BEGIN
  UPDATE `application_stays` SET `left_at` = new.created_at, `hours` = (new.created_at - `entered_at` + 1800000) / 3600000
  WHERE `application_id` = new.application_id AND `hours` IS NULL;
  INSERT INTO `application_stays` (`application_id`, `job_id`, `applied_at`, `stage_id`, `entered_at`)
  SELECT a.id, a.job_id, a.created_at, new.to_stage_id, new.created_at FROM `applications` a
  WHERE a.id = new.application_id AND new.kind IN ('applied', 'moved', 'reopened') AND new.to_stage_id IS NOT NULL;
END;
--> statement-breakpoint
-- Knockout rejections written before this version: the same event, in the kind it has now.
UPDATE `application_events` SET `kind` = 'knockout_rejected',
  `data` = json_object('reason', json_extract(`data`, '$.reason'), 'question', json_extract(`data`, '$.knockout'))
WHERE `kind` = 'rejected' AND json_extract(`data`, '$.knockout') IS NOT NULL;
