import { openDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { migratePostgres } from "@/db/migrate-pg";
import { checkPostgres } from "@/db/pg-check";
import { configOrExit } from "./config";

/**
 * `npm run migrate`: applies the committed migrations of the configured backend. On PostgreSQL
 * (DATABASE_URL) it checks the server first, then applies db/migrations-pg/ under the migration
 * lock, so instances starting together never race; on SQLite, db/migrations/ to DATABASE_PATH in
 * one transaction. `npm start` does the same before serving. Any problem is one line on
 * stderr and exit code 1.
 */
async function main() {
  const config = configOrExit();
  const url = config.DATABASE_URL;
  if (url) {
    const check = await checkPostgres(url);
    if (!check.ok) fail(check.problem);
    await migratePostgres(url);
    console.log(`PostgreSQL ${check.version}: the migrations in db/migrations-pg/ are applied.`);
    return;
  }
  const database = openDatabase(config.DATABASE_PATH);
  try {
    applyMigrations(database);
  } finally {
    await database.close();
  }
  console.log(`SQLite at ${config.DATABASE_PATH}: the migrations in db/migrations/ are applied.`);
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

main().catch((error: unknown) => fail(`Migrating failed: ${error instanceof Error ? error.message : String(error)}`));
