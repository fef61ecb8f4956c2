import { openConfigured, openDatabase, type Database } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { migratePostgres } from "@/db/migrate-pg";
import { checkPostgres } from "@/db/pg-check";
import type { Env } from "@/lib/env";

/**
 * The configured database for a command-line script, migrated: PostgreSQL when DATABASE_URL is set
 * (checked first, migrated under the migration lock), else SQLite at DATABASE_PATH. A server that
 * cannot be used is one line on stderr and exit code 1.
 */
export async function openMigratedOrExit(config: Env): Promise<Database> {
  const url = config.DATABASE_URL;
  if (url) {
    const check = await checkPostgres(url);
    if (!check.ok) {
      console.error(check.problem);
      process.exit(1);
    }
    await migratePostgres(url);
    return openConfigured({ ...config, DATABASE_POOL_SIZE: 2 });
  }
  const database = openDatabase(config.DATABASE_PATH);
  applyMigrations(database);
  return database;
}
