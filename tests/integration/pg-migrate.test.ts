import { spawnSync } from "node:child_process";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, expect, it } from "vitest";
import { MIGRATION_LOCK, migratePostgres, PG_MIGRATIONS_DIR } from "@/db/migrate-pg";
import * as pgSchema from "@/db/schema.pg";
import { createPgDatabase, describePg, withPgClient, type PgTestDatabase } from "../helpers/pg";

const migrations = readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_DIR });
/** Tables a hand-written migration makes outside drizzle's schema (0013_cv_fts: the full-text index). */
const HAND_WRITTEN_TABLES = ["application_fts"];
const tables = [
  ...Object.values(pgSchema)
    .filter((value) => is(value, PgTable))
    .map((table) => getTableName(table)),
  ...HAND_WRITTEN_TABLES,
].sort();

/** What the database says was applied, in order, and which of the schema's tables it has. */
async function state(url: string) {
  return withPgClient(async (client) => {
    const bookkept = await client.query<{ t: string | null }>(
      "select to_regclass('drizzle.__drizzle_migrations') as t",
    );
    const applied = bookkept.rows[0]?.t
      ? await client.query<{ hash: string }>("select hash from drizzle.__drizzle_migrations order by id")
      : { rows: [] };
    const present = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    return { applied: applied.rows.map((r) => r.hash), tables: present.rows.map((r) => r.name) };
  }, url);
}

describePg("applying the PostgreSQL migrations under an advisory lock", () => {
  const databases: PgTestDatabase[] = [];
  const emptyDatabase = async () => {
    const database = await createPgDatabase({ empty: true });
    databases.push(database);
    return database.url;
  };
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("applies every migration exactly once when two instances start together on an empty database", async () => {
    const url = await emptyDatabase();
    await Promise.all([migratePostgres(url), migratePostgres(url)]);
    expect(await state(url)).toEqual({ applied: migrations.map((m) => m.hash), tables });
  });

  it("has the second instance wait for the lock, then find nothing left to do", async () => {
    const url = await emptyDatabase();
    await withPgClient(async (holder) => {
      await holder.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      const both = Promise.all([migratePostgres(url), migratePostgres(url)]);
      const waiting = async () =>
        Number(
          (
            await holder.query<{ n: string }>(
              "select count(*) as n from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())",
            )
          ).rows[0]!.n,
        );
      await expect.poll(waiting, { timeout: 10_000 }).toBe(2);
      expect(await state(url)).toEqual({ applied: [], tables: [] });
      await holder.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      await both;
    }, url);
    expect(await state(url)).toEqual({ applied: migrations.map((m) => m.hash), tables });
  });

  it("changes nothing when run again on a migrated database", async () => {
    const url = await emptyDatabase();
    await migratePostgres(url);
    await migratePostgres(url);
    expect((await state(url)).applied).toEqual(migrations.map((m) => m.hash));
  });

  it("does it from the command line (npm run migrate), or says in one line why it cannot", async () => {
    const run = (url: string) =>
      spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
        timeout: 60_000,
      });
    const refused = run("postgres://rekry@127.0.0.1:1/rekry");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      "Cannot reach PostgreSQL at 127.0.0.1:1: connection refused (is it running and listening there?)\n",
    );
    const url = await emptyDatabase();
    const applied = run(url);
    expect(applied.status, applied.stderr).toBe(0);
    expect((await state(url)).applied).toEqual(migrations.map((m) => m.hash));
  }, 60_000);
});
