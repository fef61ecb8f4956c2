-- The full-text index of every application: application_search's folded name, email and notes
-- (column body), and the CV's text (column cv, its first 200,000 characters). FTS5 folds case and
-- accents itself (remove_diacritics 2); stems are the query's business (lib/search/stem.ts, each
-- form looked up as a prefix), since FTS5 has no Swedish stemmer. Contentless: the text lives in
-- application_search and cv_texts, the index keeps only what bm25 ranks by.
CREATE VIRTUAL TABLE `application_fts` USING fts5(body, cv, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIEW `application_fts_source` AS
SELECT s.application_id, s.body, coalesce((SELECT group_concat(substr(t.body, 1, 200000), char(10)) FROM `cv_texts` t
  WHERE t.application_id = s.application_id), '') AS cv
FROM `application_search` s;
--> statement-breakpoint
INSERT INTO `application_fts` (rowid, body, cv) SELECT application_id, body, cv FROM `application_fts_source`;
--> statement-breakpoint
CREATE TRIGGER `application_search_fts_insert` AFTER INSERT ON `application_search`
BEGIN
  DELETE FROM `application_fts` WHERE rowid = new.application_id;
  INSERT INTO `application_fts` (rowid, body, cv) SELECT application_id, body, cv FROM `application_fts_source` WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `application_search_fts_update` AFTER UPDATE ON `application_search`
BEGIN
  DELETE FROM `application_fts` WHERE rowid = old.application_id;
  INSERT INTO `application_fts` (rowid, body, cv) SELECT application_id, body, cv FROM `application_fts_source` WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `application_search_fts_delete` AFTER DELETE ON `application_search`
BEGIN
  DELETE FROM `application_fts` WHERE rowid = old.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_texts_fts_insert` AFTER INSERT ON `cv_texts`
BEGIN
  DELETE FROM `application_fts` WHERE rowid = new.application_id;
  INSERT INTO `application_fts` (rowid, body, cv) SELECT application_id, body, cv FROM `application_fts_source` WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `cv_texts_fts_delete` AFTER DELETE ON `cv_texts`
BEGIN
  DELETE FROM `application_fts` WHERE rowid = old.application_id;
  INSERT INTO `application_fts` (rowid, body, cv) SELECT application_id, body, cv FROM `application_fts_source` WHERE application_id = old.application_id;
END;
