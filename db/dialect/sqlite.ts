import { sql } from "drizzle-orm";
import type { Dialect } from "./types";

export const sqliteDialect: Dialect = {
  inIds: (column, ids) => sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`,
  jsonValue: (column, path) => sql`json_extract(${column}, ${"$." + path.join(".")})`,
  // 'weekday 0' moves forward to the Sunday ending the week (or stays on one), six days back is its Monday.
  mondayOf: (epochMs) => sql`date((${epochMs}) / 1000, 'unixepoch', 'weekday 0', '-6 days')`,
  larger: (a, b) => sql`max(${a}, ${b})`,
  // Counts the changes made through this connection, the only one that writes.
  changeStamp: () => sql`select total_changes() as stamp`,
  takeNextId: (table) => sql`update sqlite_sequence set seq = seq + 1 where name = ${table} returning seq as id`,
};
