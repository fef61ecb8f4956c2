import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Database, Reader, Tx } from "./database";
import * as schema from "./schema";
import { WriteQueue } from "./write-queue";
import { sqliteDialect } from "./dialect/sqlite";

/** One better-sqlite3 connection under drizzle, for the SQLite-only code that needs the connection itself. */
export type Connection = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

/**
 * Drizzle hands better-sqlite3 each query's SQL anew, and better-sqlite3 compiles it every time.
 * This keeps the compiled statements by their text (the most recently used 500), so a request
 * that repeats yesterday's queries skips the parse. A reused statement is put back into plain
 * row mode first, as a new one would be; drizzle asks for raw rows explicitly when it wants them.
 */
function reuseStatements(sqlite: BetterSqlite3.Database, max = 500): void {
  const compile = sqlite.prepare.bind(sqlite);
  const compiled = new Map<string, BetterSqlite3.Statement>();
  sqlite.prepare = ((source: string) => {
    const known = compiled.get(source);
    if (known) {
      compiled.delete(source);
      compiled.set(source, known);
      if (known.reader) known.raw(false);
      return known;
    }
    const statement = compile(source);
    compiled.set(source, statement);
    if (compiled.size > max) compiled.delete(compiled.keys().next().value!);
    return statement;
  }) as typeof sqlite.prepare;
}

/** Opens a SQLite file with the pragmas every connection of ours uses. */
function connect(file: string, queryOnly: boolean): Connection {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  reuseStatements(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Deleted and overwritten rows are zeroed on disk, so an erased candidate's name does not live
  // on in free pages of the file (lib/privacy/anonymise.ts).
  sqlite.pragma("secure_delete = ON");
  if (queryOnly) sqlite.pragma("query_only = ON");
  return drizzle(sqlite, { schema });
}

type PendingWrite = {
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/**
 * SQLite behind the async data layer, with two connections. Writes take the writer in turn
 * (WriteQueue) inside BEGIN IMMEDIATE ... COMMIT, those asked for together in one (group commit,
 * below). A write's transaction stays open while its
 * callback awaits, so a read on the writer in the meantime would see rows that may yet be rolled
 * back: reads use a second, query-only connection, where WAL shows the last commit.
 */
export class SqliteDatabase implements Database {
  readonly kind = "sqlite";
  readonly dialect = sqliteDialect;
  readonly writer: Connection;
  private reader: Connection | undefined;
  private readonly queue = new WriteQueue();
  /** Set while a write's callback runs, to refuse reads and writes that would bypass its tx. */
  private readonly inWrite = new AsyncLocalStorage<{ open: boolean }>();
  private readonly begin: BetterSqlite3.Statement;
  private readonly commit: BetterSqlite3.Statement;
  private readonly rollback: BetterSqlite3.Statement;
  private readonly savepoint: BetterSqlite3.Statement;
  private readonly release: BetterSqlite3.Statement;
  private readonly rollbackTo: BetterSqlite3.Statement;
  private pending: PendingWrite[] = [];

  constructor(readonly file: string) {
    this.writer = connect(file, false);
    this.begin = this.writer.$client.prepare("BEGIN IMMEDIATE");
    this.commit = this.writer.$client.prepare("COMMIT");
    this.rollback = this.writer.$client.prepare("ROLLBACK");
    this.savepoint = this.writer.$client.prepare("SAVEPOINT rekry_write");
    this.release = this.writer.$client.prepare("RELEASE rekry_write");
    this.rollbackTo = this.writer.$client.prepare("ROLLBACK TO rekry_write");
  }

  read(): Reader {
    if (this.inWrite.getStore()?.open) {
      throw new Error("read() inside write(): read through the transaction's tx, which sees its own writes");
    }
    // Opened on first use: scripts that only write never need it.
    this.reader ??= connect(this.file, true);
    return this.reader as unknown as Reader;
  }

  /** SQLite's one writer makes every write atomic: see Database.writeAtomic. */
  writeAtomic<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.write(fn);
  }

  /** SQLite's one writer holds every lock: see Database.writeLocked. */
  writeLocked<T>(_locks: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.write(fn);
  }

  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.inWrite.getStore()?.open) {
      return Promise.reject(new Error("write() inside write() would wait for itself: use the tx it was given"));
    }
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.length === 1) setImmediate(() => void this.queue.run(() => this.commitGroup()));
    });
  }

  /**
   * Group commit: the writes asked for in one turn of the event loop (under load, the
   * applications whose uploads finished together) share one transaction, each in a savepoint of
   * its own, so one that throws is rolled back alone while the others keep their rows, and a page
   * several of them change is written to the WAL once. Each answer waits for the COMMIT.
   */
  private async commitGroup(): Promise<void> {
    const group = this.pending.splice(0);
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const connection = this.writer.$client;
    this.begin.run();
    try {
      for (const { fn } of group) {
        this.savepoint.run();
        const scope = { open: true };
        try {
          const value = await this.inWrite.run(scope, () => fn(this.writer as unknown as Tx));
          this.release.run();
          outcomes.push({ ok: true, value });
        } catch (error) {
          // An error SQLite answers by rolling back the whole transaction (a full disk) fails the group.
          if (!connection.inTransaction) throw error;
          this.rollbackTo.run();
          this.release.run();
          outcomes.push({ ok: false, value: error });
        } finally {
          scope.open = false;
        }
      }
      this.commit.run();
    } catch (error) {
      if (connection.inTransaction) this.rollback.run();
      for (const { reject } of group) reject(error);
      return;
    }
    group.forEach(({ resolve, reject }, i) =>
      outcomes[i]!.ok ? resolve(outcomes[i]!.value) : reject(outcomes[i]!.value),
    );
  }

  /** One instance uses a SQLite file: the lock is always its own. */
  alone<T>(_name: string, fn: () => Promise<T>): Promise<T | null> {
    return fn();
  }

  /**
   * secure_delete zeroes deleted rows in the pages a write touches, but the WAL still holds the
   * earlier images of those pages: copying the log back and truncating it removes them. Queued,
   * since a checkpoint cannot run inside a transaction on the same connection.
   */
  purgeDeleted(): Promise<void> {
    return this.queue.run(async () => {
      this.writer.$client.pragma("wal_checkpoint(TRUNCATE)");
    });
  }

  async close(): Promise<void> {
    this.reader?.$client.close();
    this.writer.$client.close();
  }
}
