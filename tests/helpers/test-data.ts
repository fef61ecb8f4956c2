import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, setDatabase, type SqliteDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { seedCloudEngineer } from "@/scripts/seed/cloud-engineer";
import { PostgresDatabase } from "@/db/postgres";
import { createPgDatabase } from "./pg";

/**
 * True when this run puts the integration tests on PostgreSQL (`REKRY_TEST_DB=pg`). Only tests of
 * SQLite itself (its connections, group commit, file bytes, online backup, the backfills of its
 * migrations) are skipped on it, `describe.skipIf(onPostgres)`, and the tests that copy from
 * SQLite to PostgreSQL run in the SQLite run only.
 */
export const onPostgres = process.env.REKRY_TEST_DB === "pg";

export type TestData = { dir: string; uploadDir: string; db: SqliteDatabase; cleanup: () => Promise<void> };

/**
 * A fresh SQLite file with the committed migrations and the seed, plus an upload folder,
 * wired in as this process's database. One per test file.
 */
export async function createTestData(extraEnv: Record<string, string> = {}): Promise<TestData> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-test-"));
  const uploadDir = path.join(dir, "uploads");
  Object.assign(process.env, {
    DATABASE_PATH: path.join(dir, "rekry.db"),
    UPLOAD_DIR: uploadDir,
    APPLY_RATE_LIMIT: "100000",
    // The requests below are addressed to http://localhost, as the configured site.
    PUBLIC_URL: "http://localhost",
    ...extraEnv,
  });
  if (onPostgres) {
    // The same test on PostgreSQL, which CI runs after the SQLite run: a database of its own,
    // copied from the migrated template and seeded alike. `db` is then a PostgresDatabase; only
    // tests skipped when `onPostgres` may reach for SQLite's own connection (`t.db.writer`).
    const target = await createPgDatabase();
    const pgDb = new PostgresDatabase(target.url, { max: 4 });
    await seedCloudEngineer(pgDb);
    setDatabase(pgDb);
    return {
      dir,
      uploadDir,
      db: pgDb as unknown as SqliteDatabase,
      cleanup: async () => {
        setDatabase(undefined);
        await pgDb.close();
        await target.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const db = openDatabase(path.join(dir, "rekry.db"));
  applyMigrations(db);
  await seedCloudEngineer(db);
  setDatabase(db);
  return {
    dir,
    uploadDir,
    db,
    cleanup: async () => {
      setDatabase(undefined);
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Host header of a request addressed to the configured site (PUBLIC_URL). */
export function siteHost(): string {
  return new URL(process.env.PUBLIC_URL ?? "http://localhost").host;
}
