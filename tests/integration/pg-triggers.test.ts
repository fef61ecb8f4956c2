import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { drizzle } from "drizzle-orm/node-postgres";
import { getTableName, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sqliteSchema from "@/db/schema";
import * as pgSchema from "@/db/schema.pg";
import { copyOrder, pgTableNamed } from "@/db/copy";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser } from "../helpers/staff";
import { addSampleHistories, HOUR } from "../helpers/history";
import { createPgDatabase, describePg, type PgTestDatabase } from "../helpers/pg";

/**
 * The report facts (application_stays, furthest_position, hired_at) and the search index are kept
 * by triggers on each backend: SQLite's migrations 0007 and 0008, PostgreSQL's 0002. One history
 * is written on SQLite, replayed row by row into PostgreSQL (the facts left out, so its triggers
 * must make them), then changed the same way on both; the facts must come out the same.
 */
const DERIVED = new Set(["application_stays", "application_search"]);
const T0 = Date.UTC(2026, 3, 1, 8);

let t: TestData;
let target: PgTestDatabase;
let pool: pg.Pool;

/** Tables in an order where each comes after those it references; the events last, as written. */
function replayOrder(): SQLiteTable[] {
  const events = sqliteSchema.applicationEvents;
  return [...copyOrder().filter((table) => table !== events), events];
}

async function replayIntoPostgres(): Promise<void> {
  const target = drizzle(pool, { schema: pgSchema });
  for (const table of replayOrder()) {
    const name = getTableName(table);
    if (DERIVED.has(name)) continue;
    let rows = t.db.writer
      .select()
      .from(table)
      .orderBy(sql`rowid`)
      .all() as Record<string, unknown>[];
    if (name === "applications") rows = rows.map((row) => ({ ...row, furthestPosition: null, hiredAt: null }));
    // One row at a time, in the order written: each insert's triggers see what came before it.
    for (const row of rows) await target.insert(pgTableNamed(name)!).values(row as never);
  }
}

/** The same statements on both backends, after the replay. */
const CHANGES = (stageId: number, noteIds: number[], candidateId: number) => [
  `update stages set position = 40 where id = ${stageId}`,
  `update notes set search_text = 'rewritten after the fact' where id = ${noteIds[0]}`,
  `delete from notes where id = ${noteIds[1]}`,
  `update candidates set search_text = 'renamed person' where id = ${candidateId}`,
];

const FACTS = {
  stays:
    "select application_id, job_id, applied_at, stage_id, entered_at, left_at, hours from application_stays order by application_id, entered_at",
  reach: "select id, furthest_position, hired_at from applications order by id",
  search: "select application_id, job_id, body from application_search order by application_id",
};

/** node-postgres reads bigints as strings; SQLite gives numbers. */
const plain = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" && k !== "body" ? Number(v) : v])),
  );

// The history is written on SQLite: in the PostgreSQL run (onPostgres) the SQLite run has done this already.
(onPostgres ? describe.skip : describePg)("report facts and the search index on PostgreSQL", () => {
  beforeAll(async () => {
    t = await createTestData();
    const recruiter = await addUser(t.db, "recruiter");
    const ids = Object.values(await addSampleHistories(t.db, T0));
    t.db.writer.run(sql`update candidates set search_text = 'test person p example com'`);
    for (const [i, text] of ["ceph and rook", "kubernetes operator", "", "strong on networking"].entries()) {
      t.db.writer
        .insert(sqliteSchema.notes)
        .values({
          applicationId: ids[i % 2]!,
          authorUserId: recruiter.id,
          body: text,
          searchText: text,
          createdAt: new Date(T0 + i * HOUR),
          updatedAt: new Date(T0 + i * HOUR),
        })
        .run();
    }
    target = await createPgDatabase();
    pool = new pg.Pool({ connectionString: target.url, max: 2 });
    await replayIntoPostgres();
  }, 60_000);
  afterAll(async () => {
    await pool?.end();
    await target?.drop();
    await t?.cleanup();
  });

  const both = async (query: string) => ({
    sqlite: plain(t.db.writer.$client.prepare(query).all() as Record<string, unknown>[]),
    pg: plain((await pool.query(query)).rows),
  });

  it("makes the same stays, furthest positions, hires and search bodies from the same history", async () => {
    for (const query of Object.values(FACTS)) {
      const { sqlite, pg } = await both(query);
      expect(sqlite.length).toBeGreaterThan(2);
      expect(pg).toEqual(sqlite);
    }
  });

  it("keeps them the same through a reordered stage, an edited and a deleted note and a renamed candidate", async () => {
    const stage = t.db.writer.$client.prepare("select id from stages where key = 'references'").get() as { id: number };
    const notes = (t.db.writer.$client.prepare("select id from notes order by id").all() as { id: number }[]).map(
      (n) => n.id,
    );
    const candidate = t.db.writer.$client.prepare("select min(id) as id from candidates").get() as { id: number };
    const before = await both(FACTS.reach);
    for (const statement of CHANGES(stage.id, notes, candidate.id)) {
      t.db.writer.$client.exec(statement);
      await pool.query(statement);
    }
    for (const query of Object.values(FACTS)) {
      const { sqlite, pg } = await both(query);
      expect(pg).toEqual(sqlite);
    }
    // The changes reached the facts: the hired application's furthest stage is now position 40.
    expect((await both(FACTS.reach)).pg).not.toEqual(before.pg);
    expect((await both(FACTS.search)).pg.map((r) => r.body).join("\n")).toContain("rewritten after the fact");
  });

  it("refreshes the search and full-text rows in PL/pgSQL, whose plans a session keeps (a SQL function's are made anew on each call)", async () => {
    const { rows } = await pool.query<{ name: string; language: string }>(
      `select p.proname as name, l.lanname as language from pg_proc p join pg_language l on l.oid = p.prolang
       where p.proname in ('rekry_search_refresh', 'rekry_fts_refresh') order by 1`,
    );
    expect(rows).toEqual([
      { name: "rekry_fts_refresh", language: "plpgsql" },
      { name: "rekry_search_refresh", language: "plpgsql" },
    ]);
  });
});
