import type { SQL, SQLWrapper } from "drizzle-orm";
import { dialect } from "./index";

/**
 * `column in (ids)` with the ids bound as one value (a JSON array on SQLite, an array on
 * PostgreSQL): the statement text stays the same however many ids there are, so a few hundred
 * cards do not mean a few hundred placeholders to build and parse on every request. Each backend
 * says it its own way (db/dialect/).
 */
export function inIds(column: SQLWrapper, ids: readonly number[]): SQL {
  return dialect().inIds(column, ids);
}
