import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { SqliteDatabase } from "./sqlite";

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

/** Runs before the database is shared, on the writer connection (the migrator opens its own transaction). */
export function applyMigrations(database: SqliteDatabase): void {
  migrate(database.writer, { migrationsFolder: MIGRATIONS_DIR });
}
