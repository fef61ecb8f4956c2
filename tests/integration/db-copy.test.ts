import { getTableName, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { drizzle as sqliteDrizzle } from "drizzle-orm/better-sqlite3";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db";
import { copyOrder, copySqliteToPostgres, CopyError, derivedMismatches, pgTableNamed } from "@/db/copy";
import { applyMigrations } from "@/db/migrate";
import { migratePostgres } from "@/db/migrate-pg";
import * as pgSchema from "@/db/schema.pg";
import * as sqliteSchema from "@/db/schema";
import { seedCloudEngineer } from "@/scripts/seed/cloud-engineer";
import { seedDemo } from "@/scripts/seed/demo";
import { seedBench } from "@/scripts/bench/seed";
import { addUser } from "../helpers/staff";
import { createPgDatabase, describePg, withPgClient, type PgTestDatabase } from "../helpers/pg";
import { onPostgres } from "../helpers/test-data";

/**
 * `npm run db:copy` (db/copy.ts): a SQLite installation with a realistic history (the demo data,
 * and a small bench seed with moves, decisions, interviews, scorecards and notes) copied into
 * PostgreSQL, compared table by table; a running source, a non-empty target, an unmigrated source
 * and derived rows that do not match their history are refused, leaving the target empty.
 */
let dir: string;
let sourcePath: string;
const targets: PgTestDatabase[] = [];

async function freshTarget(): Promise<PgTestDatabase> {
  const target = await createPgDatabase({ empty: true });
  targets.push(target);
  return target;
}

/** Every row of every table, as drizzle reads it on each backend, in a stable order. */
async function sqliteRows(file: string): Promise<Record<string, unknown[]>> {
  const conn = new Sqlite(file, { readonly: true });
  const db = sqliteDrizzle(conn);
  const out: Record<string, unknown[]> = {};
  for (const table of copyOrder()) out[getTableName(table)] = sorted(db.select().from(table).all());
  conn.close();
  return out;
}

async function pgRows(url: string): Promise<Record<string, unknown[]>> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = drizzle(pool, { schema: pgSchema });
  const out: Record<string, unknown[]> = {};
  for (const table of copyOrder()) {
    const name = getTableName(table);
    out[name] = sorted(await db.select().from(pgTableNamed(name)!));
  }
  await pool.end();
  return out;
}

const sorted = (rows: unknown[]) =>
  rows
    .map((row) => JSON.stringify(row))
    .sort()
    .map((row) => JSON.parse(row) as unknown);

/** Every index of the public schema as PostgreSQL would make it again, by name. */
async function indexDefinitions(url: string): Promise<string[]> {
  return withPgClient(async (client) => {
    const { rows } = await client.query<{ def: string }>(
      "select indexdef as def from pg_indexes where schemaname = 'public' order by indexname",
    );
    return rows.map((r) => r.def);
  }, url);
}

async function rowCount(url: string): Promise<number> {
  return withPgClient(async (client) => {
    let total = 0;
    for (const table of copyOrder()) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from "${getTableName(table)}"`);
      total += Number(rows[0]!.n);
    }
    return total;
  }, url);
}

/** A copy of the source file changed by `change`, for the refusals. */
function variant(name: string, change: (conn: Sqlite.Database) => void): string {
  const file = path.join(dir, `${name}.db`);
  copyFileSync(sourcePath, file);
  const conn = new Sqlite(file);
  change(conn);
  conn.close();
  return file;
}

(onPostgres ? describe.skip : describePg)("copying a SQLite installation into PostgreSQL", () => {
  // Each test copies a whole installation into a new database: 12 s alone, over the default 20 s
  // beside the other test files' workers on two cores.
  vi.setConfig({ testTimeout: 60_000 });
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rekry-copy-"));
    sourcePath = path.join(dir, "rekry.db");
    const db = openDatabase(sourcePath);
    applyMigrations(db);
    await seedCloudEngineer(db);
    await addUser(db, "admin");
    await seedDemo(db, path.join(dir, "uploads"));
    await seedBench(db, path.join(dir, "uploads"), { total: 400, measured: 120, jobCount: 4 });
    await db.close();
    // The demo writes its CVs as files too: on a loaded machine this takes more than the default 10 s.
  }, 30_000);

  afterAll(async () => {
    for (const target of targets) await target.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("copies every row of every table, counts them, and the ids go on from the largest", async () => {
    const target = await freshTarget();
    const progress: { table: string; copied: number; total: number }[] = [];
    const report = await copySqliteToPostgres(sourcePath, target.url, (p) => progress.push(p));

    const before = await sqliteRows(sourcePath);
    const after = await pgRows(target.url);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect({ name, rows: after[name] }).toEqual({ name, rows: before[name] });
    // The history is really there: a few hundred applications, their events, stays and files.
    expect(before.applications!.length).toBeGreaterThan(400);
    expect(before.application_stays!.length).toBeGreaterThan(400);
    expect(before.scorecards!.length).toBeGreaterThan(10);
    expect(report.tables).toEqual(Object.entries(before).map(([table, rows]) => ({ table, rows: rows.length })));
    // Progress ends at the total for every table.
    for (const { table, rows } of report.tables)
      expect(progress.filter((p) => p.table === table).at(-1)).toEqual({ table, copied: rows, total: rows });

    await withPgClient(async (client) => {
      expect(Object.values(await derivedMismatches(client))).toEqual([0, 0, 0]);
      // Vacuumed, not only analysed: the visibility map lets the board's counts scan the index only.
      const vacuumed = await client.query<{ last_vacuum: Date | null }>(
        "select last_vacuum from pg_stat_user_tables where relname = 'applications'",
      );
      expect(vacuumed.rows[0]!.last_vacuum).not.toBeNull();
      const { rows } = await client.query<{ id: string; max: string }>(
        "insert into candidates (full_name, email, email_key, country, search_text, created_at) values ('New', 'new@example.com', 'new@example.com', 'SE', 'new', 1) returning id, (select max(id) from candidates where email <> 'new@example.com') as max",
      );
      expect(Number(rows[0]!.id)).toBe(Number(rows[0]!.max) + 1);
      // The triggers are back on: a new note reaches the search index.
      const app = await client.query<{ id: string }>("select id from applications order by id limit 1");
      await client.query(
        "insert into notes (application_id, author_user_id, body, search_text, created_at, updated_at) values ($1, (select min(id) from users), 'x', 'freshly copied note', 1, 1)",
        [app.rows[0]!.id],
      );
      const search = await client.query<{ body: string }>(
        "select body from application_search where application_id = $1",
        [app.rows[0]!.id],
      );
      expect(search.rows[0]!.body).toContain("freshly copied note");
      // The full-text index (no table of the schema) is built by the copy: CV text is found.
      const indexed = await client.query<{ n: string; all: string }>(
        "select (select count(*) from application_fts) as all, (select count(*) from application_fts where document @@ to_tsquery('rekry_sv', 'lagringssystem:*')) as n",
      );
      expect(Number(indexed.rows[0]!.all)).toBe(before.application_search!.length);
      const conn = new Sqlite(sourcePath, { readonly: true });
      const onSqlite = conn
        .prepare("select count(*) as n from application_fts where application_fts match 'lagringssystem*'")
        .get() as { n: number };
      conn.close();
      expect(onSqlite.n).toBeGreaterThan(0);
      expect(Number(indexed.rows[0]!.n)).toBe(onSqlite.n);
    }, target.url);

    // The copy drops the secondary indexes while it fills a table and makes them again after:
    // every one is there, as the migrations make it on an empty database.
    const migrated = await freshTarget();
    await migratePostgres(migrated.url);
    const indexes = await indexDefinitions(target.url);
    expect(indexes).toEqual(await indexDefinitions(migrated.url));
    expect(indexes.some((def) => def.includes("application_fts_document_idx"))).toBe(true);

    // A second copy into the same database is refused and changes nothing.
    const rowsBefore = await rowCount(target.url);
    await expect(copySqliteToPostgres(sourcePath, target.url)).rejects.toThrow(/not empty/);
    expect(await rowCount(target.url)).toBe(rowsBefore);
  });

  it("copies every row when batches end at their bytes, not at their row count", async () => {
    const target = await freshTarget();
    const progress: { table: string; copied: number; total: number }[] = [];
    // About 20 KB of JSON per batch: most tables go over in many batches of a few dozen rows.
    await copySqliteToPostgres(sourcePath, target.url, (p) => progress.push(p), 20_000);
    const events = progress.filter((p) => p.table === "application_events");
    expect(events.length).toBeGreaterThan(10);
    const before = await sqliteRows(sourcePath);
    const after = await pgRows(target.url);
    for (const name of Object.keys(before)) expect({ name, rows: after[name] }).toEqual({ name, rows: before[name] });
  });

  it("refuses a source a running server has open, before touching the target", async () => {
    const target = await freshTarget();
    const running = openDatabase(sourcePath);
    await running
      .read()
      .select({ n: sql`1` })
      .from(sqliteSchema.jobs)
      .get();
    try {
      const attempt = copySqliteToPostgres(sourcePath, target.url);
      await expect(attempt).rejects.toBeInstanceOf(CopyError);
      await expect(attempt).rejects.toThrow(/is in use: stop the Rekry server/);
    } finally {
      await running.close();
    }
    const tables = await withPgClient(
      (client) => client.query("select 1 from information_schema.tables where table_schema = 'public'"),
      target.url,
    );
    expect(tables.rowCount).toBe(0);
  });

  it("refuses a source with migrations missing, and one that is not a Rekry database", async () => {
    const target = await freshTarget();
    const behind = variant("behind", (conn) =>
      conn.exec("delete from __drizzle_migrations where rowid = (select max(rowid) from __drizzle_migrations)"),
    );
    await expect(copySqliteToPostgres(behind, target.url)).rejects.toThrow(/run `npm run migrate` on it/);
    const foreign = path.join(dir, "foreign.db");
    new Sqlite(foreign).exec("create table t (a)");
    await expect(copySqliteToPostgres(foreign, target.url)).rejects.toThrow(/is not a Rekry database/);
    await expect(copySqliteToPostgres(path.join(dir, "none.db"), target.url)).rejects.toThrow(/There is no SQLite/);
  });

  it("refuses derived rows that differ from their history, and leaves the target empty", async () => {
    const target = await freshTarget();
    const tampered = variant("tampered", (conn) => {
      conn.exec("delete from application_stays where id = (select min(id) from application_stays)");
      conn.exec(
        "update application_search set body = 'stale' where application_id = (select min(id) from applications)",
      );
    });
    await expect(copySqliteToPostgres(tampered, target.url)).rejects.toThrow(
      /application_stays: 1, .*application_search: 1\); nothing was copied/,
    );
    expect(await rowCount(target.url)).toBe(0);
  });

  it("names an unreachable target in one line", async () => {
    const error = await copySqliteToPostgres(sourcePath, "postgres://rekry:x@127.0.0.1:1/rekry").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CopyError);
    expect((error as Error).message).not.toContain("\n");
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1/);
  });
});
