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
  fullTextMatch: (query) => {
    // A sub-select, which PostgreSQL evaluates once (an InitPlan) and can still hand the GIN index;
    // written in place, the query's to_tsquery calls (a parse and a dictionary lookup each) ran
    // again for every row the plan filtered, rechecked or ranked: twice the time for a search
    // matching most of 10,000 CVs, and all of it when the planner chose a sequential scan.
    const q = sql`(select ${tsQuery(query)})`;
    return sql`select application_id, -ts_rank_cd(document, ${q}) as rank from application_fts where document @@ ${q}`;
  },
  fullTextIds: (query) => sql`select application_id from application_fts where document @@ (select ${tsQuery(query)})`,
};

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
