import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Database, Reader, Tx } from "./database";
import * as schema from "./schema";
import { WriteQueue } from "./write-queue";

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

/**
 * SQLite behind the async data layer, with two connections. Writes take the writer in turn
 * (WriteQueue) inside BEGIN IMMEDIATE ... COMMIT. A write's transaction stays open while its
 * callback awaits, so a read on the writer in the meantime would see rows that may yet be rolled
 * back: reads use a second, query-only connection, where WAL shows the last commit.
 */
export class SqliteDatabase implements Database {
  readonly kind = "sqlite";
  readonly writer: Connection;
  private reader: Connection | undefined;
  private readonly queue = new WriteQueue();
  /** Set while a write's callback runs, to refuse reads and writes that would bypass its tx. */
  private readonly inWrite = new AsyncLocalStorage<{ open: boolean }>();
  private readonly begin: BetterSqlite3.Statement;
  private readonly commit: BetterSqlite3.Statement;
  private readonly rollback: BetterSqlite3.Statement;

  constructor(readonly file: string) {
    this.writer = connect(file, false);
    this.begin = this.writer.$client.prepare("BEGIN IMMEDIATE");
    this.commit = this.writer.$client.prepare("COMMIT");
    this.rollback = this.writer.$client.prepare("ROLLBACK");
  }

  read(): Reader {
    if (this.inWrite.getStore()?.open) {
      throw new Error("read() inside write(): read through the transaction's tx, which sees its own writes");
    }
    // Opened on first use: scripts that only write never need it.
    this.reader ??= connect(this.file, true);
    return this.reader as unknown as Reader;
  }

  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.inWrite.getStore()?.open) {
      return Promise.reject(new Error("write() inside write() would wait for itself: use the tx it was given"));
    }
    return this.queue.run(() => {
      const scope = { open: true };
      return this.inWrite.run(scope, () => this.transact(fn).finally(() => (scope.open = false)));
    });
  }

  private async transact<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    this.begin.run();
    try {
      const result = await fn(this.writer as unknown as Tx);
      this.commit.run();
      return result;
    } catch (e) {
      if (this.writer.$client.inTransaction) this.rollback.run();
      throw e;
    }
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
