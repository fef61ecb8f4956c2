-- A knockout's rejection is an event of its own kind (knockout_rejected), not a `rejected` with a
-- note in its data: the report facts count it as a closing event like any rejection (as SQLite's
-- migration 0023 does).
CREATE OR REPLACE FUNCTION "rekry_event_stays"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A stay runs from an event that entered a stage to the next event that moved the application on
  -- or closed it while active.
  IF NEW.kind IN ('applied', 'moved', 'reopened')
    OR (NEW.kind IN ('hired', 'rejected', 'knockout_rejected', 'withdrawn', 'erased', 'anonymised') AND coalesce(NEW.from_status, 'active') = 'active') THEN
    UPDATE "application_stays" SET "left_at" = NEW.created_at, "hours" = (NEW.created_at - "entered_at" + 1800000) / 3600000
    WHERE "application_id" = NEW.application_id AND "hours" IS NULL;
    IF NEW.kind IN ('applied', 'moved', 'reopened') AND NEW.to_stage_id IS NOT NULL THEN
      INSERT INTO "application_stays" ("application_id", "job_id", "applied_at", "stage_id", "entered_at")
      SELECT a.id, a.job_id, a.created_at, NEW.to_stage_id, NEW.created_at FROM "applications" a WHERE a.id = NEW.application_id;
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Knockout rejections written before this version: the same event, in the kind it has now.
UPDATE "application_events" SET "kind" = 'knockout_rejected',
  "data" = jsonb_build_object('reason', "data"->'reason', 'question', "data"->'knockout')
WHERE "kind" = 'rejected' AND ("data"->>'knockout') IS NOT NULL;
