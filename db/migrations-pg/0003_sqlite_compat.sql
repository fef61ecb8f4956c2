-- What lets the one set of queries in lib/ (drizzle's SQLite builder, see db/postgres.ts) run here.
-- Drizzle's SQLite dialect writes NULL for a row's id when none is given, where SQLite assigns the
-- next one; this does the same for every table with an identity id, before the NOT NULL check.
CREATE FUNCTION "rekry_fill_id"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS NULL THEN
    NEW.id := nextval(pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id'));
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES'
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION "rekry_fill_id"()',
      t.table_name || '_fill_id', t.table_name);
  END LOOP;
END $$;
--> statement-breakpoint
-- SQLite's unixepoch('subsec'), which db/schema.ts uses as a default: seconds since 1970 with the
-- fraction, at the statement's time.
CREATE FUNCTION "unixepoch"(modifier text) RETURNS double precision LANGUAGE sql STABLE AS $$
  SELECT extract(epoch FROM statement_timestamp())::double precision
$$;
