import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { Db } from "./index";

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

export function applyMigrations(database: Db): void {
  migrate(database, { migrationsFolder: MIGRATIONS_DIR });
}
