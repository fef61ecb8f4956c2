import path from "node:path";

/** Where the database lives when DATABASE_PATH is unset, relative to the working directory. */
export const DEFAULT_DATABASE_PATH = "data/rekry.db";

/**
 * DATABASE_PATH as an absolute path, an unset or empty one meaning the default. db/ reads its one
 * setting itself so that it depends on nothing in lib/; lib/env.ts validates the same value, with
 * the same default, among the rest of the configuration when the server starts.
 */
export function databasePath(source: Record<string, string | undefined> = process.env): string {
  return path.resolve(source.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** DATABASE_URL when it names a PostgreSQL server; unset or empty means SQLite at DATABASE_PATH. */
export function databaseUrl(source: Record<string, string | undefined> = process.env): string | undefined {
  return source.DATABASE_URL || undefined;
}

/** The most connections one instance opens to PostgreSQL (DATABASE_POOL_SIZE, default 10). */
export function poolSize(source: Record<string, string | undefined> = process.env): number {
  const size = Number(source.DATABASE_POOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 10;
}
