-- The full-text index of every application, as SQLite's migration 0021 keeps it: the folded name,
-- email and notes of application_search (weighted A) and the first 200,000 characters of the CV's
-- text, each as an English and a Swedish vector. rekry_en and rekry_sv are the stock configurations
-- with unaccent before the stemmer, so accents fold on both sides of a match. unaccent, like
-- pg_trgm, is a trusted extension. This replaces the trigram index of 0001 for the board's search
-- (README, Search: measured on the bench's 10,000-application job).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "rekry_en" (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "rekry_en" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "rekry_sv" (COPY = swedish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "rekry_sv" ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, swedish_stem;
--> statement-breakpoint
CREATE TABLE "application_fts" (
  "application_id" bigint PRIMARY KEY REFERENCES "applications"("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX "application_fts_document_idx" ON "application_fts" USING gin ("document");
--> statement-breakpoint
-- PostgreSQL's parser reads "<b>...</b>" as markup (dropping what is inside), "a@b.se" as one
-- email and "example.org" as one host; SQLite's splits all of them into words. Turned into spaces
-- first, so both backends find the same words.
CREATE FUNCTION "rekry_fts_words"(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate($1, '<>@./:', '      ');
$$;
--> statement-breakpoint
CREATE FUNCTION "rekry_fts_refresh"(application bigint) RETURNS void LANGUAGE sql AS $$
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
$$;
--> statement-breakpoint
SELECT "rekry_fts_refresh"(application_id) FROM "application_search";
--> statement-breakpoint
CREATE FUNCTION "rekry_fts_of_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "rekry_fts_refresh"(NEW.application_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "application_search_fts" AFTER INSERT OR UPDATE ON "application_search"
FOR EACH ROW EXECUTE FUNCTION "rekry_fts_of_search"();
--> statement-breakpoint
CREATE FUNCTION "rekry_fts_of_cv"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "rekry_fts_refresh"(OLD.application_id);
  ELSE
    PERFORM "rekry_fts_refresh"(NEW.application_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "cv_texts_fts" AFTER INSERT OR UPDATE OR DELETE ON "cv_texts"
FOR EACH ROW EXECUTE FUNCTION "rekry_fts_of_cv"();
--> statement-breakpoint
DROP INDEX IF EXISTS "application_search_body_trgm_idx";
