import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type * as sqlite from "@/db/schema";
import type * as pg from "@/db/schema.pg";

/**
 * A type-level test, checked by `npm run typecheck` rather than run by vitest: every table gives
 * the same row ($inferSelect) and insert ($inferInsert) types on SQLite and on PostgreSQL, so code
 * written against one schema compiles against the other. A failure names the tables that differ.
 */

/** True only for identical types (mutual assignability would let `any` and optionality slip by). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type SqliteTables = {
  [K in keyof typeof sqlite]: (typeof sqlite)[K] extends SQLiteTable ? K : never;
}[keyof typeof sqlite];
type PgTables = keyof typeof pg;
type Shared = SqliteTables & PgTables;

type Differing<Kind extends "$inferSelect" | "$inferInsert"> = {
  [K in Shared]: Equal<(typeof sqlite)[K][Kind], (typeof pg)[K][Kind]> extends true ? never : K;
}[Shared];

type None<T> = [T] extends [never] ? "none" : `differs: ${T & string}`;

export const missingOnPostgres: None<Exclude<SqliteTables, PgTables>> = "none";
export const onlyOnPostgres: None<Exclude<PgTables, SqliteTables>> = "none";
export const rowTypesDiffer: None<Differing<"$inferSelect">> = "none";
export const insertTypesDiffer: None<Differing<"$inferInsert">> = "none";
