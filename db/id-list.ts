import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * `column in (ids)` with the ids bound as one JSON array: the statement text stays the same
 * however many ids there are, so a few hundred cards do not mean a few hundred placeholders to
 * build and parse on every request. SQLite still walks the column's index for each id.
 */
export function inIds(column: SQLWrapper, ids: readonly number[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}
