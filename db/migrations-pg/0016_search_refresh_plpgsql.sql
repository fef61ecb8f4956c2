-- The search and full-text refreshes the triggers call, in PL/pgSQL instead of SQL, with the same
-- statements. PostgreSQL (before 18) plans a SQL function's statement again on every call; a
-- PL/pgSQL function keeps its plan for the session. Every application received runs both (its
-- insert refreshes the search row, which refreshes the full-text row): in one transaction of 300
-- applications' candidate, application and event inserts on the bench's data, 2.5-3.7 ms each
-- before, 1.2-1.8 ms after.
CREATE OR REPLACE FUNCTION "rekry_search_refresh"(application bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "application_search" ("application_id", "job_id", "body")
  SELECT application_id, job_id, body FROM "application_search_source" WHERE application_id = application
  ON CONFLICT ("application_id") DO UPDATE SET "job_id" = excluded.job_id, "body" = excluded.body;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "rekry_fts_refresh"(application bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "application_fts" ("application_id", "document")
  SELECT s.application_id,
    setweight(to_tsvector('rekry_en', rekry_fts_words(s.body)), 'A') || setweight(to_tsvector('rekry_sv', rekry_fts_words(s.body)), 'A')
      || to_tsvector('rekry_en', rekry_fts_words(c.cv)) || to_tsvector('rekry_sv', rekry_fts_words(c.cv))
  FROM "application_search" s CROSS JOIN LATERAL (
    SELECT coalesce(string_agg(left(t.body, 200000), E'\n' ORDER BY t.file_id), '') AS cv FROM "cv_texts" t
    WHERE t.application_id = s.application_id
  ) c
  WHERE s.application_id = application
  ON CONFLICT ("application_id") DO UPDATE SET "document" = excluded.document;
END $$;
