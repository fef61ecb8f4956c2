import { sql, type SQL } from "drizzle-orm";
import type { Dialect, FullTextQuery } from "./types";

export const sqliteDialect: Dialect = {
  inIds: (column, ids) => sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`,
  jsonValue: (column, path) => sql`json_extract(${column}, ${"$." + path.join(".")})`,
  // 'weekday 0' moves forward to the Sunday ending the week (or stays on one), six days back is its Monday.
  mondayOf: (epochMs) => sql`date((${epochMs}) / 1000, 'unixepoch', 'weekday 0', '-6 days')`,
  leading: (column, chars) => sql`substr(${column}, 1, ${Math.trunc(chars)})`,
  larger: (a, b) => sql`max(${a}, ${b})`,
  // Asked on the reader: moves with every commit of another connection, and the reader never writes.
  changeStamp: () => sql`select data_version as stamp from pragma_data_version`,
  takeNextId: (table) => sql`update sqlite_sequence set seq = seq + 1 where name = ${table} returning seq as id`,
  skipLocked: () => sql``,
  tryLock: () => sql`select 1 as locked`,
  // With a limit, FTS5 walks the matches newest first (its own rowid order) and stops there, so bm25
  // is worked out for those alone.
  fullTextMatch: (query, newest) =>
    newest === undefined
      ? sql`select rowid as application_id, bm25(application_fts, 4.0, 1.0) as rank from application_fts where application_fts match ${fts5Query(query)}`
      : sql`select rowid as application_id, bm25(application_fts, 4.0, 1.0) as rank from application_fts where application_fts match ${fts5Query(query)} order by rowid desc limit ${newest}`,
  fullTextIds,
  newestMatching: (page, query, n) => page(fullTextIds(query), n),
};

function fullTextIds(query: FullTextQuery): SQL {
  return sql`select rowid as application_id from application_fts where application_fts match ${fts5Query(query)}`;
}

/**
 * The FTS5 query: each word as a prefix of any of its forms, phrases in quotes, exclusions after
 * NOT. Only folded letters and digits reach it, each in double quotes, so nothing typed is syntax.
 */
export function fts5Query(query: FullTextQuery): string {
  const quoted = (words: string[]) => `"${words.join(" ")}"`;
  const anyOf = (forms: string[]) => `(${forms.map((f) => `${quoted([f])} *`).join(" OR ")})`;
  const positive = [...query.words.map(anyOf), ...query.phrases.map(quoted)];
  const negative = query.excluded.map((p) => (p.length > 1 ? quoted(p) : anyOf(p)));
  return [positive.join(" AND "), ...negative].join(" NOT ");
}
