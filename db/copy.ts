import Sqlite from "better-sqlite3";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { getTableConfig, type SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { STAY_CLOSING_KINDS, STAY_OPENING_KINDS } from "./enums";
import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema.pg";
import { MIGRATIONS_DIR } from "./migrate";
import { migratePostgres } from "./migrate-pg";
import { checkPostgres } from "./pg-check";

/** Why a copy did not start or did not finish; its message is one line for the person running it. */
export class CopyError extends Error {}

export type CopyProgress = { table: string; copied: number; total: number };
export type CopyReport = { tables: { table: string; rows: number }[]; ms: number };

/** The SQLite tables in an order where each comes after the tables it references. */
export function copyOrder(): SQLiteTable[] {
  const tables = (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));
  const ordered: SQLiteTable[] = [];
  const visit = (table: SQLiteTable, seen: Set<SQLiteTable>) => {
    if (ordered.includes(table) || seen.has(table)) return;
    seen.add(table);
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = fk.reference().foreignTable as SQLiteTable;
      if (parent !== table) visit(parent, seen);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

const pgTables = new Map(
  (Object.values(pgSchema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((table) => [getTableName(table), table]),
);

/** The PostgreSQL table (db/schema.pg.ts) of a name; undefined when there is none. */
export function pgTableNamed(name: string): PgTable | undefined {
  return pgTables.get(name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQLite file, opened so that nothing else can use it while the copy reads: exclusive locking
 * and an exclusive transaction. A server (or any program) holding the file open refuses that, so
 * a running installation is never copied half-way through its writes.
 */
function openStoppedSource(file: string): Sqlite.Database {
  if (!existsSync(file)) throw new CopyError(`There is no SQLite database at ${file} (DATABASE_PATH).`);
  const source = new Sqlite(file, { fileMustExist: true, timeout: 0 });
  try {
    source.pragma("locking_mode = EXCLUSIVE");
    source.exec("BEGIN EXCLUSIVE");
  } catch (e) {
    source.close();
    if ((e as { code?: string }).code?.startsWith("SQLITE_BUSY"))
      throw new CopyError(
        `${file} is in use: stop the Rekry server (and anything else that has the file open) before copying it.`,
      );
    throw e;
  }
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  let applied = 0;
  try {
    applied = (source.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
  } catch {
    // no bookkeeping table: not a Rekry database, or one never migrated
  }
  if (applied !== journal.entries.length) {
    source.close();
    throw new CopyError(
      applied === 0
        ? `${file} is not a Rekry database (it has no migrations applied).`
        : `${file} has ${applied} of this version's ${journal.entries.length} migrations applied: run \`npm run migrate\` on it (with DATABASE_PATH and without DATABASE_URL) first.`,
    );
  }
  return source;
}

/** Rows per INSERT, and about how many bytes of JSON: one parameter carries the whole batch. */
const BATCH_ROWS = 5000;
const BATCH_BYTES = 4 << 20;

/**
 * A SQLite value as PostgreSQL's column takes it from JSON (json_populate_recordset), read as
 * drizzle reads it: booleans are 0/1 in SQLite, JSON columns are text there and go over as the
 * JSON itself (a jsonb column takes the value as it is), epoch milliseconds as whole numbers, the
 * rest (text, integers) as they are stored.
 */
function toPgValue(column: SQLiteColumn): ((value: unknown) => unknown) | undefined {
  if (column.columnType === "SQLiteBoolean") return (v) => (v === null ? null : Number(v) === 1);
  if (column.columnType === "SQLiteTimestamp")
    return (v) => (v === null || Number.isInteger(v) ? v : new Date(v as number).getTime());
  if (column.columnType === "SQLiteTextJson") return (v) => (v === null ? null : JSON.parse(v as string));
  return undefined;
}

/**
 * The secondary indexes of a table (not a primary key's, not one a constraint or a foreign key
 * rests on), with the statement that makes each again: dropped before a table is filled and made
 * once over all its rows after, which is several times faster than keeping them row by row.
 */
async function dropSecondaryIndexes(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT quote_ident(c.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY c.relname`,
    [quote(table)],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  return rows.map((r) => r.def);
}

/**
 * How many derived rows differ from what a fresh rebuild from the copied history gives: the stays
 * and the furthest stage and hire time (SQLite's migration 0007 backfill, in PostgreSQL's words)
 * and the search bodies (the application_search_source view of PostgreSQL's migration 0002).
 */
const quoted = (kinds: readonly string[]) => kinds.map((k) => `'${k}'`).join(", ");
const opening = quoted(STAY_OPENING_KINDS);
const closing = quoted(STAY_CLOSING_KINDS);

export async function derivedMismatches(client: pg.ClientBase): Promise<Record<string, number>> {
  const rebuiltStays = `
    SELECT p.application_id, a.job_id, a.created_at AS applied_at, p.stage_id, p.at AS entered_at,
      p.next_at AS left_at, (p.next_at - p.at + 1800000) / 3600000 AS hours
    FROM (
      SELECT e.application_id, e.kind, e.to_stage_id AS stage_id, e.created_at AS at,
        lead(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.created_at, e.id) AS next_at
      FROM application_events e
      WHERE e.kind IN (${opening})
        OR (e.kind IN (${closing}) AND coalesce(e.from_status, 'active') = 'active')
    ) p JOIN applications a ON a.id = p.application_id
    WHERE p.kind IN (${opening}) AND p.stage_id IS NOT NULL`;
  const keptStays = `SELECT application_id, job_id, applied_at, stage_id, entered_at, left_at, hours FROM application_stays`;
  const { rows } = await client.query<{ stays: string; reach: string; search: string }>(`
    SELECT
      (SELECT count(*) FROM ((${keptStays} EXCEPT ALL ${rebuiltStays}) UNION ALL (${rebuiltStays} EXCEPT ALL ${keptStays})) d) AS stays,
      (SELECT count(*) FROM applications a WHERE
        a.furthest_position IS DISTINCT FROM (SELECT max(s.position) FROM application_events e JOIN stages s ON s.id = e.to_stage_id WHERE e.application_id = a.id)
        OR a.hired_at IS DISTINCT FROM (SELECT min(e.created_at) FROM application_events e WHERE e.application_id = a.id AND e.kind = 'hired')) AS reach,
      (SELECT count(*) FROM application_search s FULL JOIN application_search_source v USING (application_id)
        WHERE s.body IS DISTINCT FROM v.body OR s.job_id IS DISTINCT FROM v.job_id) AS search`);
  const row = rows[0]!;
  return {
    application_stays: Number(row.stays),
    "applications (furthest stage, hired at)": Number(row.reach),
    application_search: Number(row.search),
  };
}

/**
 * Copies a stopped SQLite installation into an empty PostgreSQL database: migrates the target
 * (under the migration lock, which it keeps until the copy is done, so an instance starting
 * meanwhile waits and then finds the data), refuses a target with any row in it, copies every
 * table in foreign-key order with the tables' own triggers off (the derived rows come along as
 * they are), resets the id sequences, and checks the report facts and the search index against a
 * fresh rebuild from the copied history. All of it is one transaction: a copy that fails leaves
 * the target as empty as it found it. Then it gathers the planner's statistics (ANALYZE).
 */
export async function copySqliteToPostgres(
  sourcePath: string,
  targetUrl: string,
  onProgress: (progress: CopyProgress) => void = () => {},
  batchBytes = BATCH_BYTES,
): Promise<CopyReport> {
  const started = performance.now();
  const check = await checkPostgres(targetUrl);
  if (!check.ok) throw new CopyError(check.problem);
  const source = openStoppedSource(sourcePath);
  try {
    let report: Omit<CopyReport, "ms"> | undefined;
    await migratePostgres(targetUrl, async () => {
      report = await copyInto(source, targetUrl, onProgress, batchBytes);
    });
    return { ...report!, ms: Math.round(performance.now() - started) };
  } finally {
    source.close();
  }
}

async function copyInto(
  source: Sqlite.Database,
  targetUrl: string,
  onProgress: (progress: CopyProgress) => void,
  batchBytes: number,
): Promise<Omit<CopyReport, "ms">> {
  const client = new pg.Client({ connectionString: targetUrl });
  client.on("error", () => {});
  await client.connect();
  const tables = copyOrder();
  try {
    await client.query("BEGIN");
    // For making the secondary indexes again once a table is full.
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const filled: string[] = [];
    for (const table of tables) {
      const name = getTableName(table);
      const { rows } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
      if (rows.length) filled.push(name);
    }
    if (filled.length)
      throw new CopyError(
        `The target database is not empty (${filled.join(", ")} have rows): copy into a new, empty database.`,
      );
    const counts: CopyReport["tables"] = [];
    for (const table of tables) {
      const name = getTableName(table);
      const target = pgTableNamed(name);
      if (!target) throw new CopyError(`The PostgreSQL schema has no table ${name}.`);
      const total = (source.prepare(`select count(*) as n from ${quote(name)}`).get() as { n: number }).n;
      await client.query(`ALTER TABLE ${quote(name)} DISABLE TRIGGER USER`);
      const indexes = await dropSecondaryIndexes(client, name);
      const columns = Object.values(getTableColumns(table)).map((column) => ({
        name: column.name,
        convert: toPgValue(column),
      }));
      const converted = columns.filter((c) => c.convert);
      const list = columns.map((c) => quote(c.name)).join(", ");
      const insert = `INSERT INTO ${quote(name)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(name)}, $1)`;
      const read = source.prepare(
        `SELECT rowid AS "rekry copy rowid", ${list} FROM ${quote(name)} WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH_ROWS}`,
      );
      let copied = 0;
      let after = 0;
      // One batch is inserted while the next is read and encoded.
      let sending: Promise<number> | undefined;
      const landed = async () => {
        if (!sending) return;
        copied += await sending;
        sending = undefined;
        onProgress({ table: name, copied, total });
      };
      onProgress({ table: name, copied, total });
      for (;;) {
        const parts: string[] = [];
        let bytes = 0;
        // Read as it goes: a batch of long CV texts ends at its bytes, not at 5,000 rows read.
        for (const row of read.iterate(after) as IterableIterator<Record<string, unknown>>) {
          // The rowid goes along too: json_populate_recordset passes over keys that are no column.
          after = row["rekry copy rowid"] as number;
          for (const { name: column, convert } of converted) row[column] = convert!(row[column]);
          const json = JSON.stringify(row);
          parts.push(json);
          bytes += json.length;
          if (bytes >= batchBytes) break;
        }
        if (!parts.length) break;
        await landed();
        sending = client.query(insert, [`[${parts.join(",")}]`]).then((r) => r.rowCount ?? 0);
        // Awaited by landed(); a failure is thrown there, not reported as unhandled meanwhile.
        sending.catch(() => {});
      }
      await landed();
      if (copied !== total)
        throw new CopyError(`${name}: ${copied} of ${total} rows arrived in PostgreSQL; nothing was copied.`);
      for (const def of indexes) await client.query(def);
      await client.query(`ALTER TABLE ${quote(name)} ENABLE TRIGGER USER`);
      const { rows: sequence } = await client.query<{ seq: string | null }>(
        "SELECT pg_get_serial_sequence($1, 'id') AS seq FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $2 AND column_name = 'id'",
        [quote(name), name],
      );
      if (sequence[0]?.seq) {
        await client.query(
          `SELECT setval($1::regclass, coalesce(max(id), 1), max(id) IS NOT NULL) FROM ${quote(name)}`,
          [sequence[0].seq],
        );
      }
      counts.push({ table: name, rows: copied });
    }
    // The full-text index is no table of the schema (migration 0009 keeps it by triggers, off
    // during the copy): built once here from the copied search bodies and CV texts. Its GIN index
    // stays on while it fills: GIN gathers new entries in its pending list, and dropping it and
    // making it again afterwards measured slower (45-53 s of the server's CPU against 40-43 s).
    await client.query('SELECT "rekry_fts_refresh"(application_id) FROM "application_search"');
    const mismatches = Object.entries(await derivedMismatches(client)).filter(([, n]) => n > 0);
    if (mismatches.length)
      throw new CopyError(
        `The copied report facts or search index differ from a rebuild from the copied history (${mismatches
          .map(([what, n]) => `${what}: ${n}`)
          .join(", ")}); nothing was copied.`,
      );
    await client.query("COMMIT");
    // The planner's statistics for the new rows and the tables' visibility maps, as autovacuum
    // would make them later (about 1.5 s for the bench's seed): until a table is vacuumed an
    // index-only scan still reads its rows, so the board's count per stage read 10,000 of them.
    // (A page stays unmarked while another transaction that began before the commit still runs,
    // such as autovacuum's own analysis of the new rows; autovacuum marks it later.)
    await client.query("VACUUM (ANALYZE)");
    return { tables: counts };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
