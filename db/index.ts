import { databasePath, databaseUrl, poolSize } from "./config";
import type { AtomicWriteOptions, Database, Reader, Tx } from "./database";
import type { Dialect } from "./dialect/types";
import { SqliteDatabase } from "./sqlite";
import { PostgresDatabase } from "./postgres";

export type { Database, Reader, Tx } from "./database";
export { SqliteDatabase, type Connection } from "./sqlite";
export { PostgresDatabase } from "./postgres";

/** Opens the SQLite database at `file`: its writer connection now, its reader on the first read. */
export function openDatabase(file: string): SqliteDatabase {
  return new SqliteDatabase(file);
}

/** Where a process's database is: PostgreSQL when DATABASE_URL is set, else SQLite at DATABASE_PATH. */
export type DatabaseSetting = { DATABASE_URL?: string; DATABASE_PATH: string; DATABASE_POOL_SIZE?: number };

/** Opens the configured database (see DatabaseSetting); nothing connects before the first query. */
export function openConfigured(setting: DatabaseSetting): Database {
  if (setting.DATABASE_URL) return new PostgresDatabase(setting.DATABASE_URL, { max: setting.DATABASE_POOL_SIZE });
  return openDatabase(setting.DATABASE_PATH);
}

const holder = globalThis as unknown as { __rekryDatabase?: Database };

/**
 * The process-wide database, opened on first use and never at import time:
 * `next build` imports this module from parallel workers that must not touch the file.
 */
export function database(): Database {
  holder.__rekryDatabase ??= openConfigured({
    DATABASE_URL: databaseUrl(),
    DATABASE_PATH: databasePath(),
    DATABASE_POOL_SIZE: poolSize(),
  });
  return holder.__rekryDatabase;
}

/** For tests and scripts that point the process at another file. */
export function setDatabase(next: Database | undefined): void {
  holder.__rekryDatabase = next;
}

/** The SQL the process-wide database writes its own way (db/dialect/). */
export function dialect(): Dialect {
  return database().dialect;
}

/** The process-wide database's handle for reads (see Database.read). */
export function read(): Reader {
  return database().read();
}

/** One transaction on the process-wide database (see Database.write). */
export function write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database().write(fn);
}

/** A write guarded by named locks on the process-wide database (see Database.writeLocked). */
export function writeLocked<T>(locks: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database().writeLocked(locks, fn);
}

/** One self-contained atomic statement on the process-wide database (see Database.writeAtomic). */
export function writeAtomic<T>(fn: (tx: Tx) => Promise<T>, options?: AtomicWriteOptions): Promise<T> {
  return database().writeAtomic(fn, options);
}
