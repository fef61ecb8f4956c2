-- The report facts and the search index, kept by the database as SQLite's migrations 0007 and 0008
-- keep them, statement for statement, so both backends give the same figures from the same history
-- (tests/integration/pg-triggers.test.ts replays one history on both and compares). Triggers
-- rather than code in recordEvent: on SQLite they cost the intake nothing beyond the rows they
-- write, and one event reaching the database any way at all keeps the facts right.
CREATE FUNCTION "rekry_event_stays"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A stay runs from an event that entered a stage to the next event that moved the application on
  -- or closed it while active.
  IF NEW.kind IN ('applied', 'moved', 'reopened')
    OR (NEW.kind IN ('hired', 'rejected', 'withdrawn', 'erased', 'anonymised') AND coalesce(NEW.from_status, 'active') = 'active') THEN
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
CREATE TRIGGER "application_events_stays" AFTER INSERT ON "application_events"
FOR EACH ROW EXECUTE FUNCTION "rekry_event_stays"();
--> statement-breakpoint
CREATE FUNCTION "rekry_event_reach"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.to_stage_id IS NOT NULL OR NEW.kind = 'hired' THEN
    UPDATE "applications" SET
      "furthest_position" = CASE WHEN NEW.to_stage_id IS NULL THEN "furthest_position"
        ELSE greatest(coalesce("furthest_position", -1), (SELECT s.position FROM "stages" s WHERE s.id = NEW.to_stage_id)) END,
      "hired_at" = CASE WHEN NEW.kind = 'hired' THEN coalesce("hired_at", NEW.created_at) ELSE "hired_at" END
    WHERE id = NEW.application_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "application_events_reach" AFTER INSERT ON "application_events"
FOR EACH ROW EXECUTE FUNCTION "rekry_event_reach"();
--> statement-breakpoint
-- "Furthest" is by the stages' current order: when a stage moves, the job's applications are
-- measured again.
CREATE FUNCTION "rekry_stage_reach"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "applications" SET "furthest_position" =
    (SELECT max(s.position) FROM "application_events" e JOIN "stages" s ON s.id = e.to_stage_id WHERE e.application_id = "applications".id)
  WHERE "job_id" = NEW.job_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "stages_position_reach" AFTER UPDATE OF "position" ON "stages"
FOR EACH ROW WHEN (NEW.position IS DISTINCT FROM OLD.position) EXECUTE FUNCTION "rekry_stage_reach"();
--> statement-breakpoint
-- The search body: the candidate's folded name and email, then each note's, a line each, blank ones
-- left out, in the order they were written.
CREATE VIEW "application_search_source" AS
SELECT a.id AS application_id, a.job_id, coalesce((SELECT string_agg(t.text, E'\n' ORDER BY t.n, t.id) FROM (
  SELECT 0 AS n, c.id, c.search_text AS text FROM "candidates" c WHERE c.id = a.candidate_id
  UNION ALL SELECT 1, n.id, n.search_text FROM "notes" n WHERE n.application_id = a.id
) t WHERE t.text <> ''), '') AS body
FROM "applications" a;
--> statement-breakpoint
CREATE FUNCTION "rekry_search_refresh"(application bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "application_search" ("application_id", "job_id", "body")
  SELECT application_id, job_id, body FROM "application_search_source" WHERE application_id = application
  ON CONFLICT ("application_id") DO UPDATE SET "job_id" = excluded.job_id, "body" = excluded.body;
$$;
--> statement-breakpoint
CREATE FUNCTION "rekry_search_of_application"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "rekry_search_refresh"(NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "applications_search_insert" AFTER INSERT ON "applications"
FOR EACH ROW EXECUTE FUNCTION "rekry_search_of_application"();
--> statement-breakpoint
CREATE FUNCTION "rekry_search_of_candidate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "rekry_search_refresh"(a.id) FROM "applications" a WHERE a.candidate_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "candidates_search_update" AFTER UPDATE OF "search_text" ON "candidates"
FOR EACH ROW EXECUTE FUNCTION "rekry_search_of_candidate"();
--> statement-breakpoint
CREATE FUNCTION "rekry_search_of_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "rekry_search_refresh"(OLD.application_id);
  ELSE
    PERFORM "rekry_search_refresh"(NEW.application_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "notes_search_insert" AFTER INSERT ON "notes"
FOR EACH ROW EXECUTE FUNCTION "rekry_search_of_note"();
--> statement-breakpoint
CREATE TRIGGER "notes_search_update" AFTER UPDATE OF "search_text" ON "notes"
FOR EACH ROW EXECUTE FUNCTION "rekry_search_of_note"();
--> statement-breakpoint
CREATE TRIGGER "notes_search_delete" AFTER DELETE ON "notes"
FOR EACH ROW EXECUTE FUNCTION "rekry_search_of_note"();
