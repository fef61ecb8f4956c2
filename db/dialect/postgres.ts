import { sql, type SQL } from "drizzle-orm";
import type { Dialect, FullTextQuery } from "./types";

export const postgresDialect: Dialect = {
  // One array literal, so the text stays the same for any number of ids. Every plan is made with
  // the values (plan_cache_mode in db/postgres.ts), so the planner counts the array's ids; a
  // set-returning function over a JSON array it guessed at 100 rows, and for a page of cards it
  // then read all of cv_texts or interviews into a hash instead of looking up 50 ids.
  inIds: (column, ids) => sql`${column} = any(cast(${`{${ids.map((id) => Math.trunc(id)).join(",")}}`} as bigint[]))`,
  jsonValue: (column, path) => sql`(${column} #>> ${`{${path.join(",")}}`})`,
  mondayOf: (epochMs) =>
    sql`to_char(date_trunc('week', to_timestamp(((${epochMs}) / 1000)::double precision) at time zone 'UTC'), 'YYYY-MM-DD')`,
  // octet_length reads a stored value's size from its header, without decompressing it.
  leading: (column, chars) => {
    const n = Math.trunc(chars);
    return sql`(case when octet_length(${column}) <= ${n} then ${column} else substr(${column}, 1, ${n}) end)`;
  },
  larger: (a, b) => sql`greatest(${a}, ${b})`,
  // The write-ahead log's position moves with every write committed by any instance.
  changeStamp: () => sql`select pg_current_wal_insert_lsn()::text as stamp`,
  takeNextId: (table) => sql`select nextval(pg_get_serial_sequence(${table}, 'id')) as id`,
  skipLocked: () => sql`for update skip locked`,
  // Released at commit or rollback, so a crashed runner never leaves it held.
  tryLock: (name) => sql`select pg_try_advisory_xact_lock(hashtext(${"rekry:" + name})) as locked`,
  fullTextMatch: (query, newest) => {
    // A sub-select, which PostgreSQL evaluates once (an InitPlan) and can still hand the GIN index;
    // written in place, the query's to_tsquery calls (a parse and a dictionary lookup each) ran
    // again for every row the plan filtered, rechecked or ranked: twice the time for a search
    // matching most of 10,000 CVs, and all of it when the planner chose a sequential scan.
    const q = sql`(select ${tsQuery(query)})`;
    if (newest === undefined)
      return sql`select application_id, -ts_rank_cd(document, ${q}) as rank from application_fts where document @@ ${q}`;
    // Only the newest matches are ranked: ranking reads each document (out of line, in TOAST), and a
    // word in every document (example.com) had all 100,000 read. They are found one of two ways,
    // in one statement: the newest PROBE_ROWS documents are tested one by one, newest first, and
    // when enough of them match, those are the newest matches (a common word: 1 ms); otherwise the
    // GIN index finds every match and only their ids are sorted (a rare word: few to sort). Which
    // branch runs is decided once (a one-time filter on the probe's count), not by the planner's
    // guess of how many documents a tsquery matches (500 for any).
    return sql`with probe as (select p.application_id from (select application_id, document from application_fts order by application_id desc limit ${PROBE_ROWS}) p where p.document @@ ${q} order by p.application_id desc limit ${newest}) select c.application_id, -ts_rank_cd(d.document, ${q}) as rank from (select application_id from probe where (select count(*) from probe) >= ${newest} union all select b.application_id from (${indexed(query, q, newest)}) b where (select count(*) from probe) < ${newest}) c join application_fts d on d.application_id = c.application_id`;
  },
  fullTextIds,
  newestMatching: (page, query, n) => {
    // A word in most documents (example.com, in every address: 100,000 of them) had the GIN index
    // hand over every match to be hashed before the job's newest 51 were picked. So the page's
    // newest rows are tested one by one first (a scalar sub-select per row, which the planner
    // cannot turn into that hash): when at least `n` of them match, or they are all the page's
    // rows, the page is among them; otherwise, a rarer word, the index finds the matches. The
    // branch is picked once (a one-time filter), not by the planner's guess of a tsquery's matches.
    // The probe stops at the `n`th match: the rows come as the page's statement sorted them
    // (a WITH query is read in the order it was written), so those are the newest. A common word
    // is then tested on about `n` rows, not all of them (its probe: 4.5-5 ms -> 1.2-1.6 ms).
    const rows = n * PAGE_PROBE_FACTOR;
    const q = sql`(select ${tsQuery(query)})`;
    return sql`with probed as (${page(undefined, rows)}), probe as (select p.id as application_id from probed p where (select f.document @@ ${q} from application_fts f where f.application_id = p.id) limit ${n}), enough as (select (select count(*) from probe) >= ${n} or (select count(*) from probed) < ${rows} as yes) select a.id from (${page(sql`select application_id from probe`, n)}) a where (select yes from enough) union all select b.id from (${page(fullTextIds(query), n)}) b where not (select yes from enough)`;
  },
};

function fullTextIds(query: FullTextQuery): SQL {
  return sql`select application_id from application_fts where document @@ (select ${tsQuery(query)})`;
}

/** How many of a page's newest rows newestMatching tests one by one, per row the page holds. */
const PAGE_PROBE_FACTOR = 6;

/**
 * The newest `newest` matches of `query` (its tsquery `q`) by the GIN index. A phrase is checked
 * against each document the index offers (it knows words, not their order): rather than every
 * document with all of a phrase's words (2,800 for "site reliability" on the bench's seed), those
 * are sorted newest first, their ids alone, and checked until `newest` match.
 */
function indexed(query: FullTextQuery, q: SQL, newest: number): SQL {
  if (query.phrases.length === 0 && query.excluded.every((p) => p.length === 1))
    return sql`select application_id from application_fts where document @@ ${q} order by application_id desc limit ${newest}`;
  const anyOf = (forms: string[]) => sql`(${sql.join(forms.map(prefix), sql` || `)})`;
  // Every word of every phrase, in any order (exclusions left out): the same documents or more,
  // none needing a recheck. `offset 0` keeps the exact check out of the sorted sub-select: pushed
  // into it, the check ran on every document offered again.
  const words = [...query.words.map(anyOf), ...query.phrases.map(allWords)];
  const offered = sql`(select (${sql.join(words, sql` && `)}))`;
  return sql`select o.application_id from (select application_id, document from application_fts where document @@ ${offered} order by application_id desc offset 0) o where o.document @@ ${q} order by o.application_id desc limit ${newest}`;
}

/** How many of the newest documents a ranked search tests one by one before it asks the GIN index. */
const PROBE_ROWS = 2000;

/** A word, as a prefix, in both languages' configurations (rekry_en, rekry_sv: unaccented, stemmed). */
function prefix(form: string): SQL {
  return sql`(to_tsquery('rekry_en', ${form + ":*"}) || to_tsquery('rekry_sv', ${form + ":*"}))`;
}

function phrase(words: string[]): SQL {
  const text = words.join(" ");
  return sql`(phraseto_tsquery('rekry_en', ${text}) || phraseto_tsquery('rekry_sv', ${text}))`;
}

function allWords(words: string[]): SQL {
  const text = words.join(" ");
  return sql`(plainto_tsquery('rekry_en', ${text}) || plainto_tsquery('rekry_sv', ${text}))`;
}

/** The tsquery: words (any of their forms) and phrases all present, exclusions absent. */
function tsQuery(query: FullTextQuery): SQL {
  const anyOf = (forms: string[]) => sql`(${sql.join(forms.map(prefix), sql` || `)})`;
  const parts = [
    ...query.words.map(anyOf),
    ...query.phrases.map(phrase),
    ...query.excluded.map((p) => sql`!!${p.length > 1 ? phrase(p) : anyOf(p)}`),
  ];
  return sql`(${sql.join(parts, sql` && `)})`;
}
