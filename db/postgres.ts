import { drizzle, type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { sql, type SQLWrapper } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { loadPg } from "./pg-load";
import * as schema from "./schema";
import { toPostgres } from "./postgres-sql";
import type { AtomicWriteOptions, Database, Reader, Tx } from "./database";
import { postgresDialect } from "./dialect/postgres";
import { Semaphore } from "./write-queue";
import { StatementNames } from "./statement-names";

/**
 * PostgreSQL behind the same queries as SQLite. Drizzle has no query builder common to both
 * dialects, so lib/ keeps one: drizzle's SQLite builder, whose SQL (double-quoted names, `?`
 * placeholders, `returning`, `on conflict`) PostgreSQL also speaks once the placeholders are
 * numbered (db/postgres-sql.ts). Values travel as SQLite's do: epoch milliseconds, 1/0 for
 * booleans (PostgreSQL reads "1" as true), JSON as text; bigints come back as numbers and jsonb as
 * text for drizzle's SQLite columns to read as they read SQLite's. Raw SQL that the two
 * dialects write differently (JSON paths, week starts, two-argument max) cannot be translated
 * this way and needs a dialect module of its own per backend.
 */
export type PgQueries = SqliteRemoteDatabase<typeof schema>;

/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set(["40001", "40P01"]);
/**
 * Enough for a burst of writers on one small table: there PostgreSQL's predicate locks cover whole
 * pages, so concurrent inserts conflict far more often than on a grown database, and at 8 attempts
 * a few of 200 simultaneous applications ran out (tests/e2e/multi-instance.spec.ts).
 */
export const MAX_ATTEMPTS = 30;
/** The longest wait between two attempts; each wait is random up to twice the one before. */
const MAX_BACKOFF_MS = 250;
/**
 * Write transactions one instance runs at once. Concurrent writers that touch the same index
 * pages abort each other at SERIALIZABLE, and a burst of more of them than this only wastes work
 * on attempts bound to be rolled back; reads are not limited.
 */
export const CONCURRENT_WRITES = 4;
/**
 * Connections of the second, small pool that runs non-durable atomic statements (see
 * writeAtomic): one statement each, a fraction of a millisecond in the server, so a few serve any
 * number of requests.
 */
export const COUNTER_CONNECTIONS = 2;

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value); // int8, numeric
    if (oid === 3802 || oid === 114) return (value: string) => value; // jsonb, json: as text
    return loadPg().types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

/**
 * Every session plans each statement with the values it is given, also a named one (see
 * db/statement-names.ts): a plan made for unknown values (a generic plan, which PostgreSQL may
 * otherwise switch a named statement to after five runs) could be far worse for skewed data, as
 * the search's own planning notes in the README show. Writes set it back for their transaction
 * (WRITE_PLANS, in `opening`).
 */
const SESSION = "-c plan_cache_mode=force_custom_plan";

const sqliteSql = new SQLiteAsyncDialect();

function queriesOn(client: Queryable, names: StatementNames): PgQueries {
  const queries = drizzle(
    async (sql, params, method) => {
      const text = toPostgres(sql);
      const name = names.nameOf(text, params.length);
      if (method === "run") {
        const result = await client.query({ name, text, values: params });
        // better-sqlite3's RunResult, which code reading `changes` expects.
        return { rows: [], changes: result.rowCount ?? 0, lastInsertRowid: 0 } as never;
      }
      const result = await client.query({ name, text, values: params, rowMode: "array" });
      // One row for get (undefined when there is none, which drizzle reads as "not found").
      return { rows: (method === "get" ? result.rows[0] : result.rows) as unknown[] };
    },
    { schema },
  );
  // Raw statements (`tx.all(sql\`...\`)`) are read by their column names, as better-sqlite3 gives
  // them; drizzle's proxy would hand back the positional rows its builder queries need.
  const raw = async (query: SQLWrapper | string, one: boolean) => {
    const { sql: text, params } = sqliteSql.sqlToQuery(typeof query === "string" ? sql.raw(query) : query.getSQL());
    const postgresText = toPostgres(text);
    const name = names.nameOf(postgresText, params.length);
    const { rows } = await client.query({ name, text: postgresText, values: params });
    return one ? rows[0] : rows;
  };
  return Object.assign(queries, {
    all: (query: SQLWrapper | string) => raw(query, false),
    get: (query: SQLWrapper | string) => raw(query, true),
  }) as unknown as PgQueries;
}

/**
 * One query handle per pooled connection, kept while the pool keeps the connection: statements
 * built once per handle (db/prepared.ts, the intake's) are then built once per connection, as on
 * SQLite, instead of anew in every transaction.
 */
const handles = new WeakMap<pg.PoolClient, PgQueries>();
function queriesOf(client: pg.PoolClient, names: StatementNames): PgQueries {
  let queries = handles.get(client);
  if (!queries) {
    queries = queriesOn(client, names);
    handles.set(client, queries);
  }
  return queries;
}

export class PostgresDatabase implements Database {
  readonly kind = "postgres";
  readonly dialect = postgresDialect;
  readonly pool: pg.Pool;
  private readonly reader: PgQueries;
  private readonly writers = new Semaphore(CONCURRENT_WRITES);
  /**
   * Set while a write's callback runs. A read() there would not see the transaction's own writes,
   * and a write() would wait for a connection and a writer slot its caller holds (with the pool or
   * the slots used up, for ever): both are refused, as on SQLite, so code tested on either backend
   * behaves the same on the other.
   */
  private readonly inWrite = new AsyncLocalStorage<{ open: boolean; statements?: number }>();
  /** The pool of non-durable atomic statements, and its handle (see writeAtomic). */
  private readonly counters: pg.Pool;
  /** The statements run named, so each connection parses them once (db/statement-names.ts). */
  private readonly names = new StatementNames();
  private readonly counter: PgQueries;

  constructor(
    readonly url: string,
    options: { max?: number } = {},
  ) {
    this.pool = new (loadPg().Pool)({ connectionString: url, max: options.max ?? 10, types, options: SESSION });
    // An idle connection the server closed is reported here; the next checkout opens a new one.
    this.pool.on("error", () => {});
    this.reader = queriesOn(this.pool, this.names);
    this.counters = new (loadPg().Pool)({
      connectionString: url,
      max: COUNTER_CONNECTIONS,
      types,
      options: SESSION,
    });
    this.counters.on("error", () => {});
    // Every session of this pool commits without waiting for the disk and at READ COMMITTED
    // whatever the database's defaults, and plans as a write's transaction does (WRITE_PLANS: its
    // statements are counters' upserts by key); nothing else runs on it. Set once per connection,
    // before its first statement (a connection the pool replaced is set again).
    const configured = new WeakSet<pg.PoolClient>();
    const counters = this.counters;
    this.counter = queriesOn(
      {
        query: (async (config: pg.QueryConfig) => {
          const scope = this.inWrite.getStore();
          if (scope && (scope.statements = (scope.statements ?? 0) + 1) > 1) {
            throw new Error("writeAtomic(fn, { oneStatement: true }) runs one statement; fn sent a second");
          }
          const client = await counters.connect();
          let broken: Error | undefined;
          try {
            if (!configured.has(client)) {
              await client.query(
                `set synchronous_commit = off; set default_transaction_isolation = 'read committed'; set ${WRITE_PLANS}`,
              );
              configured.add(client);
            }
            return await client.query(config);
          } catch (error) {
            // A connection that failed outside a statement's own error (lost, or not set) is closed.
            if (!sqlState(error)) broken = error as Error;
            throw error;
          } finally {
            client.release(broken);
          }
        }) as Queryable["query"],
      },
      this.names,
    );
  }

  /** The refusal of a write asked for inside a write's callback (see inWrite); undefined outside one. */
  private nestedWrite(what: string): Promise<never> | undefined {
    if (!this.inWrite.getStore()?.open) return undefined;
    return Promise.reject(new Error(`${what}() inside write() would wait for itself: use the tx it was given`));
  }

  /** Reads outside a transaction: each statement sees what was committed when it began. */
  read(): Reader {
    if (this.inWrite.getStore()?.open) {
      throw new Error("read() inside write(): read through the transaction's tx, which sees its own writes");
    }
    return this.reader as unknown as Reader;
  }

  /**
   * Runs `fn` in one SERIALIZABLE transaction on one connection. When PostgreSQL aborts it for a
   * conflict with a concurrent one (40001) or a deadlock (40P01), it runs again from the start,
   * after a random wait ("full jitter", so that the conflicting ones do not meet again), up to
   * MAX_ATTEMPTS times: safe because a write callback touches only the database, whose work the
   * rollback undid.
   */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const nested = this.nestedWrite("write");
    if (nested) return nested;
    return this.writers.run(() => this.writeNow(fn, "serializable"));
  }

  /**
   * See Database.writeAtomic: READ COMMITTED, outside the writer slots (a single statement that
   * waits at most for one row lock), retried like a write on a deadlock.
   *
   * A non-durable one with `oneStatement` is its statement alone, in PostgreSQL's implicit transaction, on the
   * counters' pool (no `begin`, no `commit`): one round trip, where `begin`, the statement and
   * `commit` took three, and a row lock the statement takes is released inside the server as it
   * commits. Between the statement and the `commit`, the row of a counter that every request
   * bumps (the intake's rate limit, from one address) stayed locked for a turn of the server's
   * event loop, and under load each request waited in turn for every other one's. A second
   * statement in `fn` is refused: each would commit on its own.
   */
  writeAtomic<T>(fn: (tx: Tx) => Promise<T>, options: AtomicWriteOptions = {}): Promise<T> {
    const nested = this.nestedWrite("writeAtomic");
    if (nested) return nested;
    const durable = options.durable ?? true;
    if (durable || !options.oneStatement) return this.writeNow(fn, "read committed", [], durable);
    return this.retried(() => {
      const scope = { open: true, statements: 0 };
      return this.inWrite.run(scope, () => fn(this.counter as unknown as Tx)).finally(() => (scope.open = false));
    });
  }

  /** Runs `attempt` again, as writeNow does, after a serialization failure or a deadlock. */
  private async retried<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!RETRYABLE.has(sqlState(error)) || n >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_BACKOFF_MS, 4 * 2 ** n)));
      }
    }
  }

  /**
   * See Database.writeLocked: READ COMMITTED holding `pg_advisory_xact_lock` for each name (the
   * key space of the dialect's tryLock, with a prefix of its own), outside the writer slots: they
   * keep SERIALIZABLE writes from aborting each other, which these do not (they wait for a lock
   * instead), so only the pool's size bounds them. In four slots the intake, a transaction of
   * about a dozen statements and a commit's fsync each, stood at about 80 applications/s.
   */
  writeLocked<T>(locks: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
    const nested = this.nestedWrite("writeLocked");
    if (nested) return nested;
    const keys = [...new Set(locks)].sort().map((name) => "rekry:row:" + name);
    return this.writeNow(fn, "read committed", keys);
  }

  private async writeNow<T>(
    fn: (tx: Tx) => Promise<T>,
    isolation: "serializable" | "read committed",
    locks: readonly string[] = [],
    durable = true,
  ): Promise<T> {
    const client = await this.pool.connect();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query(opening(client, isolation, durable, locks));
          const scope = { open: true };
          const result = await this.inWrite
            .run(scope, () => fn(queriesOf(client, this.names) as unknown as Tx))
            .finally(() => (scope.open = false));
          await client.query("commit");
          return result;
        } catch (error) {
          await client.query("rollback").catch(() => {});
          if (!RETRYABLE.has(sqlState(error)) || attempt >= MAX_ATTEMPTS) throw error;
          const ceiling = Math.min(MAX_BACKOFF_MS, 4 * 2 ** attempt);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
        }
      }
    } finally {
      client.release();
    }
  }

  /**
   * A session-level advisory lock (keyed as the dialect's `tryLock` keys the same name, so a job
   * is one lock whichever of the two takes it), held on a connection of its own while `fn` runs: released when `fn` settles, and by
   * the server if this process dies, since its connection goes with it. `fn` reads and writes
   * through the pool's other connections.
   */
  async alone<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    const key = "rekry:" + name;
    // A connection whose lock could not be released is closed rather than returned to the pool.
    let release: boolean | Error = false;
    try {
      const { rows } = await client.query<{ locked: boolean }>("select pg_try_advisory_lock(hashtext($1)) as locked", [
        key,
      ]);
      if (!rows[0]?.locked) return null;
      try {
        return await fn();
      } finally {
        await client.query("select pg_advisory_unlock(hashtext($1))", [key]).catch(() => (release = true));
      }
    } finally {
      client.release(release);
    }
  }

  /**
   * Deleted rows stay in PostgreSQL's pages until a vacuum reclaims them; an erase asks for one of
   * the tables that hold personal data, outside any transaction.
   */
  async purgeDeleted(): Promise<void> {
    await this.pool.query("vacuum candidates, applications, notes, outbox, files, application_search");
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.counters.end()]);
  }
}

/**
 * A write's statements may run on a plan made once for unknown values, reads' never (SESSION):
 * a write reaches its rows by key (an application's id, a session's hash, an address), where
 * that plan is the plan for every value, and the triggers' statements (report facts, search
 * index, ids) are of that kind too. PostgreSQL still plans a statement's first five runs on each
 * connection with their values and keeps a generic plan only when it costs no more than those.
 * Planned at every run, a move spent about 3 ms planning: moving 150 applications back and forth
 * in the process on the bench's seed, a move's mean time went from 6.4-7.3 to 3.5-5.1 ms.
 */
const WRITE_PLANS = "plan_cache_mode = auto";

/**
 * What a write sends before its callback, as one message: the `begin`, the commit mode and the
 * advisory locks each cost a round trip of their own, which the intake (about a dozen statements)
 * paid on every application. The simple query protocol runs the statements in order and stops at
 * the first error, which the caller's rollback then ends. It takes no parameters, so the lock
 * names, which carry an applicant's address, are quoted by the driver's own escapeLiteral.
 */
export function opening(
  client: Pick<pg.ClientBase, "escapeLiteral">,
  isolation: "serializable" | "read committed",
  durable: boolean,
  locks: readonly string[],
): string {
  return [
    `begin isolation level ${isolation}`,
    `set local ${WRITE_PLANS}`,
    ...(durable ? [] : ["set local synchronous_commit = off"]),
    ...locks.map((key) => `select pg_advisory_xact_lock(hashtext(${client.escapeLiteral(key)}))`),
  ].join("; ");
}

/** The SQLSTATE of a failed query, also when drizzle wrapped the driver's error. */
function sqlState(error: unknown): string {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return "";
}
