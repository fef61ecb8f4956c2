import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databasePath } from "./config";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Drizzle hands better-sqlite3 each query's SQL anew, and better-sqlite3 compiles it every time.
 * This keeps the compiled statements by their text (the most recently used 500), so a request
 * that repeats yesterday's queries skips the parse. A reused statement is put back into plain
 * row mode first, as a new one would be; drizzle asks for raw rows explicitly when it wants them.
 */
function reuseStatements(sqlite: Database.Database, max = 500): void {
  const compile = sqlite.prepare.bind(sqlite);
  const compiled = new Map<string, Database.Statement>();
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
export function openDatabase(file: string): Db {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  reuseStatements(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Deleted and overwritten rows are zeroed on disk, so an erased candidate's name does not live
  // on in free pages of the file (lib/privacy/anonymise.ts).
  sqlite.pragma("secure_delete = ON");
  return drizzle(sqlite, { schema });
}

const holder = globalThis as unknown as { __rekryDb?: Db };

/**
 * The process-wide connection, opened on first use and never at import time:
 * `next build` imports this module from parallel workers that must not touch the file.
 */
export function db(): Db {
  holder.__rekryDb ??= openDatabase(databasePath());
  return holder.__rekryDb;
}

/** For tests and scripts that point the process at another file. */
export function setDb(next: Db | undefined): void {
  holder.__rekryDb = next;
}

/** The handle a synchronous better-sqlite3 transaction callback receives. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
