import type { Column } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";

/**
 * A moment kept as epoch milliseconds in a bigint and read as a Date: the same value and the same
 * TypeScript type as SQLite's `integer(..., { mode: "timestamp_ms" })`, so code and the stored
 * numbers carry over unchanged (node-postgres hands bigints over as strings).
 */
export const epochMs = customType<{ data: Date; driverData: string | number }>({
  dataType: () => "bigint",
  toDriver: (value) => value.getTime(),
  fromDriver: (value) => new Date(Number(value)),
});

/** The value type a SQLite column was given (its enum or `$type`), for the generated jsonb columns. */
export type SqliteData<C extends Column> = C["_"]["data"];
