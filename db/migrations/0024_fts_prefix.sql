-- The full-text index keeps a prefix index of every word's first three characters: each search
-- word is looked up as a prefix (of the word and of its stems; lib/search/query.ts), and a short
-- prefix matches many words, whose lists FTS5 otherwise merges at every search ("com" for
-- "example.com": com, company, computing, ...). Three is where that merging is dearest for the
-- cost in size: on the bench's 100,000 applications with 10,000 CVs, the board's search for
-- "example.com" took 33 ms of CPU instead of 46-52, across jobs 19 instead of 35, for about 10 MB.
-- Contentless, so it is made anew from its source; the triggers that keep it write by name.
DROP TABLE `application_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `application_fts` USING fts5(body, cv, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='3');
--> statement-breakpoint
INSERT INTO `application_fts` (rowid, body, cv) SELECT application_id, body, cv FROM `application_fts_source`;
