import type { RunResult } from "better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";
import type { Dialect } from "./dialect/types";

/**
 * Drizzle's query builder with every query answering a promise (`await tx.select()...all()`), the
 * shape an async driver has. On better-sqlite3 the answer is there at once, and awaiting it costs a
 * microtask; typed this way a forgotten `await` is a floating promise that lint refuses, and a
 * second driver can stand behind the same calls.
 */
type Queries = BaseSQLiteDatabase<"async", RunResult, typeof schema>;

/** The handle `write(fn)` gives its callback: reads and writes inside that one transaction. */
export type Tx = Omit<Queries, "transaction" | "batch">;

/** The handle for reads outside a transaction; writing through it fails (the connection is query-only). */
export type Reader = Omit<Tx, "insert" | "update" | "delete" | "run">;

/**
 * One database, whatever stands behind it. A write callback does database work only (files move
 * before or after it), so a driver may run it again after a conflict; on SQLite it never needs to.
 */
export type AtomicWriteOptions = { durable?: boolean; oneStatement?: boolean };

export interface Database {
  /** The SQL this backend writes its own way (db/dialect/). */
  readonly dialect: Dialect;
  /** The handle for reads; it sees what is committed, never a write still in progress. */
  read(): Reader;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One statement that is atomic by itself, such as a counter's upsert, in a transaction of its
   * own. On PostgreSQL it runs at READ COMMITTED, where concurrent ones on the same row wait for
   * each other's row lock and then see the committed value, instead of aborting one another as
   * SERIALIZABLE does (a rate-limit row that many requests bump at once would otherwise retry
   * them in turn). On SQLite it is a write like any other. Never for a read-then-write; a few
   * statements may share one when each stands on its own (the webhook runner's outcomes: an update
   * of the rows it holds, whose ids it returns, and an insert of new rows for them).
   *
   * `durable: false` is for writes whose last ones may be lost in a crash (a rate limit's counters,
   * the webhook runner's claims and outcomes, which a crash only makes be sent again):
   * on PostgreSQL the commit returns before its WAL reaches the disk (`synchronous_commit = off`;
   * still crash-consistent, at most the last fraction of a second of such commits lost), so a row
   * that every request bumps is held for the statement, not for a disk flush per request. SQLite's
   * WAL at `synchronous = NORMAL` already commits so.
   *
   * `oneStatement: true` (with `durable: false`) is for a counter's single upsert: on PostgreSQL
   * the statement is sent alone, without `begin` and `commit` (one round trip, its row lock
   * released inside the server as it commits), so `fn` sends exactly one statement: a second is
   * refused there, since each would commit on its own. On SQLite it is a write like any other.
   */
  writeAtomic<T>(fn: (tx: Tx) => Promise<T>, options?: AtomicWriteOptions): Promise<T>;
  /**
   * A write whose one read-then-write rule is guarded by the named locks, taken first (in sorted
   * order, so two such writes never deadlock) and held to its end: every other statement in it
   * inserts new rows or changes rows the locks own. On PostgreSQL it runs at READ COMMITTED with
   * a transaction-level advisory lock per name, where SERIALIZABLE would abort concurrent ones for
   * touching the same index pages (new rows with rising ids all land on the last page), although
   * their rows never meet. On SQLite a write like any other: its one writer holds every lock.
   */
  writeLocked<T>(locks: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn`, outside any transaction, unless another instance holds the lock named `name`
   * meanwhile: then nothing runs and the answer is null. For long periodic work (the upload sweep)
   * that one instance at a time may do; SQLite serves one instance, which always gets it.
   */
  alone<T>(name: string, fn: () => Promise<T>): Promise<T | null>;
  /** Removes what the engine still keeps of deleted rows beside the live ones (after an erase). */
  purgeDeleted(): Promise<void>;
  close(): Promise<void>;
}
