import { rmSync } from "node:fs";
import path from "node:path";
import { openDatabase, PostgresDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { migratePostgres } from "@/db/migrate-pg";
import { createPgDatabase } from "@/tests/helpers/pg-server";
import { seedE2e } from "./e2e-data";
import { startInChild } from "./start-command";

/**
 * Starts the app for browser tests on data that is new for every run: the accounts are made here,
 * then the server starts exactly as `npm start` starts it, in a process of its own: on SQLite in a
 * fresh data folder, or with E2E_DB=pg (npm run test:e2e:pg) on a new database of the PostgreSQL
 * test server (REKRY_TEST_PG_URL), with the shared secret that start-up then asks for.
 */
async function main() {
  const dir = path.resolve(".tmp", "e2e");
  rmSync(dir, { recursive: true, force: true });
  process.env.DATABASE_PATH = path.join(dir, "rekry.db");
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  process.env.APPLY_RATE_LIMIT ??= "1000";
  if (process.env.E2E_DB === "pg") {
    process.env.DATABASE_URL = (await createPgDatabase()).url;
    process.env.AUTH_SECRET ??= "e2e-test-secret-on-postgresql-0123456789";
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    await migratePostgres(url);
    const database = new PostgresDatabase(url, { max: 1 });
    await seedE2e(database);
    await database.close();
  } else {
    const database = openDatabase(process.env.DATABASE_PATH);
    applyMigrations(database);
    await seedE2e(database);
    await database.close();
  }
  startInChild();
}

void main();
