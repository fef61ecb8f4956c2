-- The board's search is `body like '%words%'` over application_search's folded text, which holds a
-- candidate's name, email and every note. A b-tree can neither answer a pattern with a leading
-- wildcard nor hold a long body; pg_trgm's GIN index does both (pg_trgm is a trusted extension, so
-- a user who may create in the database may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "application_search_body_trgm_idx" ON "application_search" USING gin ("body" gin_trgm_ops);
