import { sql, type SQL } from "drizzle-orm";
import type { Dialect, FullTextQuery } from "./types";

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
    return sql`with probe as (select p.application_id from (select application_id, document from application_fts order by application_id desc limit ${PROBE_ROWS}) p where p.document @@ ${q} order by p.application_id desc limit ${newest}) select c.application_id, -ts_rank_cd(d.document, ${q}) as rank from (select application_id from probe where (select count(*) from probe) >= ${newest} union all select b.application_id from (select application_id from application_fts where document @@ ${q} order by application_id desc limit ${newest}) b where (select count(*) from probe) < ${newest}) c join application_fts d on d.application_id = c.application_id`;
  },
  fullTextIds: (query) => sql`select application_id from application_fts where document @@ (select ${tsQuery(query)})`,
};

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
