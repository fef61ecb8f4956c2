import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresDialect } from "@/db/dialect/postgres";
import { sqliteDialect } from "@/db/dialect/sqlite";
import type { Dialect } from "@/db/dialect/types";
import { PostgresDatabase } from "@/db/postgres";
import { createPgDatabase, describePg, type PgTestDatabase } from "../helpers/pg";

/** Each fragment of the dialect modules, run on both backends over the same rows, must agree. */
const SETUP = [
  "create table probe (id integer primary key, at bigint not null, doc text not null, body text not null)",
  `insert into probe (id, at, doc, body) values
    (1, ${Date.UTC(2026, 11, 7, 0, 0)}, '{"actor":{"id":7},"userId":3}', 'åäö'),
    (2, ${Date.UTC(2026, 11, 13, 23, 59)}, '{"actor":{"id":8},"userId":7}', 'Åsa Öberg'),
    (3, ${Date.UTC(2026, 11, 14, 0, 0)}, '{"actor":{"type":"system"}}', 'Ceph!'),
    (4, ${Date.UTC(2024, 1, 29, 12)}, '{"actor":{"id":7}}', '${"ö".repeat(5000)}')`,
];

type Run = (query: SQL) => Promise<Record<string, unknown>[]>;
let target: PgTestDatabase;
let pgDatabase: PostgresDatabase;
const sqlite = drizzle(new Database(":memory:"));

const cases: [string, (d: Dialect) => SQL][] = [
  ["ids bound as one value", (d) => sql`select id from probe where ${d.inIds(sql`id`, [4, 2, 99])} order by id`],
  ["no ids at all", (d) => sql`select id from probe where ${d.inIds(sql`id`, [])}`],
  [
    "a number inside a JSON document, compared with a bound one",
    (d) =>
      sql`select id from probe where ${d.jsonValue(sql`doc`, ["actor", "id"])} = ${7} or ${d.jsonValue(sql`doc`, ["userId"])} = ${7} order by id`,
  ],
  [
    "the Monday of a moment's week, Sunday night and a leap day included",
    (d) => sql`select id, ${d.mondayOf(sql`at`)} as monday from probe order by id`,
  ],
  [
    // Row 4 is 5,000 characters in 10,000 bytes, stored compressed on PostgreSQL.
    "the first characters of a text, shorter and longer than it, in bytes and in characters",
    (d) =>
      sql`select id, ${d.leading(sql`body`, 5)} as five, ${d.leading(sql`body`, 6000)} as most from probe order by id`,
  ],
  [
    "the larger of two values",
    (d) => sql`select id, ${d.larger(sql`id * 2`, sql`5`)} as larger from probe order by id`,
  ],
];

describePg("the dialect modules", () => {
  const runs: Record<string, Run> = {};
  beforeAll(async () => {
    target = await createPgDatabase();
    pgDatabase = new PostgresDatabase(target.url, { max: 2 });
    for (const statement of SETUP) {
      sqlite.run(sql.raw(statement));
      await pgDatabase.pool.query(statement.replace("doc text", "doc jsonb"));
    }
    runs.sqlite = async (query) => sqlite.all(query);
    runs.pg = async (query) => pgDatabase.read().all(query) as Promise<Record<string, unknown>[]>;
  });
  afterAll(async () => {
    await pgDatabase?.close();
    await target?.drop();
  });

  it.each(cases)("agree on %s", async (_, fragment) => {
    const fromSqlite = await runs.sqlite!(fragment(sqliteDialect));
    const fromPg = await runs.pg!(fragment(postgresDialect));
    expect(fromPg).toEqual(fromSqlite);
  });

  it("cut a text at characters, not bytes", async () => {
    const rows = await runs.pg!(
      sql`select ${postgresDialect.leading(sql`body`, 5)} as five, ${postgresDialect.leading(sql`body`, 6000)} as most from probe order by id`,
    );
    expect(rows.map((r) => r.five)).toEqual(["åäö", "Åsa Ö", "Ceph!", "ööööö"]);
    expect(rows.map((r) => String(r.most).length)).toEqual([3, 9, 5, 5000]);
  });

  it("give the Mondays a calendar gives", async () => {
    const rows = await runs.pg!(sql`select id, ${postgresDialect.mondayOf(sql`at`)} as monday from probe order by id`);
    expect(rows.map((r) => r.monday)).toEqual(["2026-12-07", "2026-12-07", "2026-12-14", "2024-02-26"]);
  });

  it("move the change stamp with a committed write", async () => {
    const stamp = async () =>
      String(((await runs.pg!(postgresDialect.changeStamp())) as { stamp: string }[])[0]!.stamp);
    const before = await stamp();
    await pgDatabase.write((tx) => tx.run(sql`update probe set at = at + 1 where id = 1`));
    const after = await stamp();
    expect(after).not.toBe(before);
    // On SQLite the stamp is asked on the reader, a second connection, which sees the writer's commits.
    const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-dialect-"));
    const writer = new Database(path.join(dir, "stamp.db"));
    writer.pragma("journal_mode = WAL");
    writer.exec("create table t (n integer)");
    const reader = drizzle(new Database(path.join(dir, "stamp.db"), { readonly: true }));
    const sqliteStamp = () => Number(reader.get<{ stamp: number }>(sqliteDialect.changeStamp()).stamp);
    const first = sqliteStamp();
    expect(sqliteStamp()).toBe(first);
    writer.exec("insert into t values (1)");
    expect(sqliteStamp()).not.toBe(first);
    reader.$client.close();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("look up a page's ids by an index on PostgreSQL, never by reading the whole table", async () => {
    // A table like cv_texts (whose bodies live out of line): 10,000 narrow rows, an index on the
    // column the cards look up. A list the planner guessed at 100 rows had it read them all.
    await pgDatabase.pool.query(
      "create table probe_ids as select n as id, n as application_id from generate_series(1, 10000) n",
    );
    await pgDatabase.pool.query("create index on probe_ids (application_id)");
    await pgDatabase.pool.query("analyze probe_ids");
    const ids = Array.from({ length: 50 }, (_, i) => 9_000 + i * 7);
    const query = sql`select id from probe_ids where ${postgresDialect.inIds(sql`application_id`, ids)}`;
    const plan = (await runs.pg!(sql`explain (costs off) ${query}`)).map((r) => Object.values(r)[0]).join("\n");
    expect(plan).not.toMatch(/Seq Scan/);
    expect(plan).toMatch(/Index|Bitmap/);
    expect(((await runs.pg!(query)) as { id: number }[]).map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual(ids);
  });

  it("work out a search's tsquery once, never for each row the plan filters, rechecks or ranks", async () => {
    const match = postgresDialect.fullTextMatch({
      words: [["ceph", "cephs"]],
      phrases: [["site", "reliability"]],
      excluded: [["java"]],
    });
    const plan = (await runs.pg!(sql`explain (verbose, costs off) select min(m.rank) from (${match}) m`))
      .map((row) => String(row["QUERY PLAN"]))
      .join("\n");
    expect(plan).toMatch(/InitPlan/);
    // Every condition and the rank name the InitPlan's result ($n), not the to_tsquery calls.
    const perRow = plan.split("\n").filter((line) => /@@|ts_rank_cd/.test(line));
    expect(perRow.length).toBeGreaterThan(0);
    for (const line of perRow) expect(line).not.toMatch(/to_tsquery|::tsquery/);
    // Ranking only the newest matches (either way of finding them): the same once-only tsquery.
    const newest = postgresDialect.fullTextMatch({ words: [["ceph", "cephs"]], phrases: [], excluded: [] }, 10);
    const newestPlan = (await runs.pg!(sql`explain (verbose, costs off) select min(m.rank) from (${newest}) m`))
      .map((row) => String(row["QUERY PLAN"]))
      .join("\n");
    expect(newestPlan).toMatch(/One-Time Filter/);
    const newestPerRow = newestPlan.split("\n").filter((line) => /@@|ts_rank_cd/.test(line));
    expect(newestPerRow.length).toBeGreaterThan(0);
    for (const line of newestPerRow) expect(line).not.toMatch(/to_tsquery|::tsquery/);
    // The unranked form (the board's filter): the same once-only tsquery, and no rank at all.
    const ids = postgresDialect.fullTextIds({ words: [["ceph", "cephs"]], phrases: [], excluded: [] });
    const idsPlan = (await runs.pg!(sql`explain (verbose, costs off) select count(*) from (${ids}) m`))
      .map((row) => String(row["QUERY PLAN"]))
      .join("\n");
    expect(idsPlan).toMatch(/InitPlan/);
    expect(idsPlan).not.toMatch(/ts_rank/);
    for (const line of idsPlan.split("\n").filter((l) => /@@/.test(l)))
      expect(line).not.toMatch(/to_tsquery|::tsquery/);
  });

  describe("over documents of the full-text index", () => {
    // 2,100 documents, the newest (highest id) first in a page: every one says walrus; among the
    // oldest hundred, the even ones say "grey walrus" and the odd ones "walrus in grey"; the three
    // oldest also say narwhal. The foreign key to applications is left out (a replica's session).
    beforeAll(async () => {
      await pgDatabase.pool.query(`create table pages (id bigint primary key);
        insert into pages select generate_series(1, 2100);
        set session_replication_role = replica;
        insert into application_fts (application_id, document)
          select i, to_tsvector('rekry_en', case when i > 100 then 'walrus' when i % 2 = 0 then 'grey walrus' else 'walrus in grey' end
            || case when i <= 3 then ' narwhal' else '' end) from generate_series(1, 2100) i;
        reset session_replication_role; analyze application_fts`);
    });
    afterAll(async () => {
      await pgDatabase.pool.query("delete from application_fts; drop table pages");
    });
    const explained = async (query: SQL) =>
      (await runs.pg!(sql`explain (analyze, costs off, timing off) ${query}`))
        .map((row) => String(row["QUERY PLAN"]))
        .join("\n");
    const ids = async (query: SQL) => (await runs.pg!(query)).map((row) => Number(row.id ?? row.application_id));
    const words = (...list: string[][]) => ({ words: list, phrases: [], excluded: [] });

    it("find a page's newest matches among its newest rows, asking the index only when too few match there", async () => {
      const page = (among: SQL | undefined, n: number) =>
        sql`select id from pages${among ? sql` where id in (select application_id from (${among}) m)` : sql``} order by id desc limit ${n}`;
      // The two branches, each under its one-time filter: the newest rows tested, then the index.
      const branches = async (query: SQL) => {
        const [, probe, index] = (await explained(query)).split(/One-Time Filter: /);
        return { probe: probe!, index: index! };
      };
      // A word in every document: the index, which would hand over all 2,100, is never asked.
      const everywhere = postgresDialect.newestMatching(page, words(["walrus"]), 3);
      expect(await ids(everywhere)).toEqual([2100, 2099, 2098]);
      const common = await branches(everywhere);
      expect(common.probe).toMatch(/Limit \(actual rows=3 /);
      expect(common.index).toMatch(/Limit \(never executed\)/);
      // Tested until the third match: the newest three rows, not all eighteen the probe may test.
      expect(await explained(everywhere)).toMatch(
        /CTE probe\n\s+->  Limit \(actual rows=3 loops=1\)\n\s+->  CTE Scan on probed p \(actual rows=3 loops=1\)/,
      );
      // A word only in old documents: none among the newest rows tested, so the index finds them.
      const rare = postgresDialect.newestMatching(page, words(["narwhal"]), 3);
      expect(await ids(rare)).toEqual([3, 2, 1]);
      const uncommon = await branches(rare);
      expect(uncommon.probe).toMatch(/Limit \(never executed\)/);
      expect(uncommon.index).toMatch(/Limit \(actual rows=3 /);
    });

    it("check a phrase on the index's documents newest first, only until enough of them match", async () => {
      const ranked = postgresDialect.fullTextMatch({ words: [], phrases: [["grey", "walrus"]], excluded: [] }, 3);
      expect((await ids(ranked)).sort((a, b) => b - a)).toEqual([100, 98, 96]);
      // None among the newest 2,000; of the hundred with both words, 100, 99, 98, 97 and 96 are
      // read for the phrase, not all hundred.
      expect(await explained(ranked)).toMatch(
        /Subquery Scan on o[^\n]*\n\s+Filter: [^\n]*\n\s+Rows Removed by Filter: 2\n/,
      );
    });
  });

  it("use up an id without a row, on both", async () => {
    sqlite.run(sql`create table applications (id integer primary key autoincrement, x text)`);
    sqlite.run(sql`insert into applications (x) values ('a')`);
    const fromSqlite = sqlite.get<{ id: number }>(sqliteDialect.takeNextId("applications"));
    expect(sqlite.get<{ id: number }>(sql`insert into applications (x) values ('b') returning id`).id).toBe(
      fromSqlite.id + 1,
    );
    const take = async () =>
      Number(((await runs.pg!(postgresDialect.takeNextId("applications"))) as { id: number }[])[0]!.id);
    const first = await take();
    expect(await take()).toBe(first + 1);
  });
});
