import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { onPostgres } from "./test-data";

/** Every row of every table of ours, read through the Database interface, for "is this text gone" checks. */
export async function tableRows(db: Database): Promise<{ table: string; rows: object[] }[]> {
  const names = onPostgres
    ? sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`
    : sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`;
  const tables = await db.read().all<{ name: string }>(names);
  return Promise.all(
    tables.map(async ({ name }) => ({
      table: name,
      rows: await db.read().all<object>(sql.raw(`select * from "${name}"`)),
    })),
  );
}
