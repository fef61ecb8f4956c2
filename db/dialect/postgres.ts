import { sql } from "drizzle-orm";
import type { Dialect } from "./types";

export const postgresDialect: Dialect = {
  inIds: (column, ids) =>
    sql`${column} in (select value::bigint from jsonb_array_elements_text(cast(${JSON.stringify(ids)} as jsonb)))`,
  jsonValue: (column, path) => sql`(${column} #>> ${`{${path.join(",")}}`})`,
  mondayOf: (epochMs) =>
    sql`to_char(date_trunc('week', to_timestamp(((${epochMs}) / 1000)::double precision) at time zone 'UTC'), 'YYYY-MM-DD')`,
  larger: (a, b) => sql`greatest(${a}, ${b})`,
  // The write-ahead log's position moves with every write committed by any instance.
  changeStamp: () => sql`select pg_current_wal_insert_lsn()::text as stamp`,
  takeNextId: (table) => sql`select nextval(pg_get_serial_sequence(${table}, 'id')) as id`,
  skipLocked: () => sql`for update skip locked`,
  // Released at commit or rollback, so a crashed runner never leaves it held.
  tryLock: (name) => sql`select pg_try_advisory_xact_lock(hashtext(${"rekry:" + name})) as locked`,
};
