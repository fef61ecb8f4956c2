// Run with tsx by tests that start a server of their own on SQLite (tests/e2e/messages.spec.ts):
// migrates the new file DATABASE_PATH names and fills it with the browser tests' accounts and job.
import { openDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { seedE2e } from "@/scripts/e2e-data";

async function main() {
  const database = openDatabase(process.env.DATABASE_PATH!);
  applyMigrations(database);
  await seedE2e(database);
  await database.close();
}

void main();
