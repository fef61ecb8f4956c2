import type { SQL, SQLWrapper } from "drizzle-orm";

/**
 * The SQL that SQLite and PostgreSQL write differently, said once per backend. Everything else in
 * lib/ is the same text on both (see db/postgres.ts); nothing outside db/dialect/ branches on the
 * backend for SQL.
 */
/**
 * A search, parsed and folded (lib/search/query.ts): words by their forms (each a prefix), phrases
 * and exclusions, all of letters and digits only.
 */
export type FullTextQuery = { words: string[][]; phrases: string[][]; excluded: string[][] };

export type Dialect = {
  /** `column in (ids)` with the ids bound as one JSON array, so the statement's text never varies. */
  inIds(column: SQLWrapper, ids: readonly number[]): SQL;
  /** The scalar at a path inside a JSON column (`["actor", "id"]`), comparable with a bound value. */
  jsonValue(column: SQLWrapper, path: readonly string[]): SQL;
  /** The Monday (UTC) of the week an epoch-milliseconds moment falls in, as `YYYY-MM-DD`. */
  mondayOf(epochMs: SQL): SQL;
  /**
   * The first `chars` characters of a text column: `substr` on SQLite. PostgreSQL's `substr`
   * decompressed a long value and counted its characters even when it was shorter than that (a
   * board search's 50 CVs of 5 KB: 3.5 to 5.4 ms, against 2.0 to 3.4 ms for the value as it is),
   * so there a value whose bytes are no more than `chars`, read from its header, is taken whole.
   */
  leading(column: SQLWrapper, chars: number): SQL;
  /** The larger of two values that are never NULL (SQLite's two-argument `max`). */
  larger(a: SQL, b: SQL): SQL;
  /**
   * A value that changes whenever a write was committed (on SQLite, asked on the reader
   * connection), for caches that must not outlive one: selected as `stamp`.
   */
  changeStamp(): SQL;
  /** Uses up the next id of a table's sequence without a row, selected as `id`. */
  takeNextId(table: "applications"): SQL;
  /**
   * Appended to a select whose rows the transaction will claim: rows another transaction holds
   * are passed over instead of waited for. SQLite's one writer already serialises claims.
   */
  skipLocked(): SQL;
  /**
   * Selected as `locked`: whether this transaction holds the lock named `name` until it ends, so
   * that one instance runs a periodic job at a time. SQLite's writer is one already: always true.
   */
  tryLock(name: string): SQL;
  /**
   * The applications whose search document (name, email, notes and CV text; the custom
   * application_fts migrations) matches, as a subquery of `application_id` and `rank` (lower is
   * better): FTS5's bm25 on SQLite, ts_rank_cd over the English and Swedish vectors on PostgreSQL.
   * With `newest`, only that many of the matches, the newest (highest application id), are taken
   * and ranked: a rank costs a read of the document, and a common word matches most of them.
   */
  fullTextMatch(query: FullTextQuery, newest?: number): SQL;
  /**
   * The same matches as a subquery of `application_id` alone, unranked: for a filter (the board's
   * search), where a rank per match would be computed for nothing.
   */
  fullTextIds(query: FullTextQuery): SQL;
  /**
   * The first `n` ids of a page, newest first, among the applications the query matches: `page(ids,
   * n)` is the page's statement (a select of `id`, newest first, at most `n`), kept to the ids the
   * subquery `ids` (of `application_id`) selects when given. On SQLite, the page of the matches;
   * on PostgreSQL, first the page's newest rows tested one by one, for a word in most of them.
   */
  newestMatching(page: (ids: SQL | undefined, n: number) => SQL, query: FullTextQuery, n: number): SQL;
};
