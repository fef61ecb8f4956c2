import { sql } from "drizzle-orm";
import type { Dialect } from "./types";

export const sqliteDialect: Dialect = {
  inIds: (column, ids) => sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`,
  jsonValue: (column, path) => sql`json_extract(${column}, ${"$." + path.join(".")})`,
  // 'weekday 0' moves forward to the Sunday ending the week (or stays on one), six days back is its Monday.
  mondayOf: (epochMs) => sql`date((${epochMs}) / 1000, 'unixepoch', 'weekday 0', '-6 days')`,
  larger: (a, b) => sql`max(${a}, ${b})`,
  // Asked on the reader: moves with every commit of another connection, and the reader never writes.
  changeStamp: () => sql`select data_version as stamp from pragma_data_version`,
  takeNextId: (table) => sql`update sqlite_sequence set seq = seq + 1 where name = ${table} returning seq as id`,
  skipLocked: () => sql``,
  tryLock: () => sql`select 1 as locked`,
};
