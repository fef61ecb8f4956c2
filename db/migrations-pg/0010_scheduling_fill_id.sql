-- Scheduling requests get their id as SQLite would (see 0003_sqlite_compat.sql).
CREATE TRIGGER "scheduling_requests_fill_id" BEFORE INSERT ON "scheduling_requests" FOR EACH ROW EXECUTE FUNCTION "rekry_fill_id"();
