// Plain JavaScript: Next imports the cache handler by path at run time, without compiling it.

/**
 * When each cache tag was last revalidated, in epoch milliseconds, shared by every app instance.
 * One row per tag (an upsert, not a log), so the table stays as small as the set of tags the app
 * revalidates. The handler creates it itself: it is cache bookkeeping, not application data, and
 * nothing applies the PostgreSQL migrations when an instance starts (README, Running on PostgreSQL).
 */
export const TAGS_TABLE = "next_cache_tag_revalidations";

const CREATE_TABLE = `create table if not exists ${TAGS_TABLE} (
  tag text primary key,
  stale_at bigint,
  expired_at bigint
)`;
/** Held while the table is created, so instances starting together do not race on the catalog. */
const CREATE_LOCK = 0x6e787463;
/** After a failure, PostgreSQL is left alone this long, so an outage does not slow every page. */
const RETRY_AFTER_MS = 5000;
const TIMEOUT_MS = 1000;
/**
 * How long an instance trusts what it last read of a tag, in milliseconds (CACHE_TAGS_CHECK_MS).
 * Without it every cached page served meant a query, and under load the requests queued for the
 * pool's connections: the posting page served 46% of the rate a 404 does on PostgreSQL. With it an
 * instance asks PostgreSQL at most about once a second per set of tags, and an edit made on another
 * instance shows here within that second. An edit made on this instance shows at once (Next's own
 * tag manifest, which revalidateTag updates before the shared table).
 */
export const DEFAULT_CHECK_MS = 1000;

/** CACHE_TAGS_CHECK_MS from `env`: a whole number of milliseconds, 0 to ask on every read. */
export function tagsCheckMs(env = process.env) {
  const value = env.CACHE_TAGS_CHECK_MS;
  if (value === undefined || value === "") return DEFAULT_CHECK_MS;
  const ms = Number(value);
  return Number.isInteger(ms) && ms >= 0 ? ms : DEFAULT_CHECK_MS;
}

/** The PostgreSQL URL in `env.DATABASE_URL`, or null when the app runs on SQLite. */
export function sharedTagsUrl(env = process.env) {
  const url = env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) return null;
  // `next build` prerenders in worker processes and must not need a database.
  if (env.NEXT_PHASE === "phase-production-build") return null;
  return url;
}

/**
 * The shared tag table on one PostgreSQL database. Nothing connects until the first read or write.
 * Neither ever throws: on any failure it logs once (until PostgreSQL answers again) and answers as
 * if no other instance had revalidated anything, which is the single-instance behaviour.
 */
export class TagStore {
  #url;
  #pool = null;
  #ready = null;
  #failingSince = 0;
  #log;
  #checkMs;
  /** tag → { at, state }: what the last read found (state undefined: never revalidated). */
  #known = new Map();
  /** The read under way for a set of tags, which concurrent readers of the same set share. */
  #reading = new Map();

  constructor(url, log = console, checkMs = tagsCheckMs()) {
    this.#url = url;
    this.#log = log;
    this.#checkMs = checkMs;
  }

  /**
   * `{ tag: { stale, expired } }` for those of `tags` some instance revalidated; {} on failure.
   * Answers from what it read less than CACHE_TAGS_CHECK_MS ago when it knows every tag; otherwise
   * it reads them all in one query, shared by every concurrent read of the same tags.
   */
  async read(tags) {
    if (tags.length === 0) return {};
    const now = Date.now();
    if (this.#checkMs > 0 && tags.every((tag) => now - (this.#known.get(tag)?.at ?? -Infinity) < this.#checkMs)) {
      return this.#answer(tags);
    }
    const key = tags.join(",");
    let reading = this.#reading.get(key);
    if (!reading) {
      reading = this.#query(tags).finally(() => this.#reading.delete(key));
      this.#reading.set(key, reading);
    }
    return reading;
  }

  async #query(tags) {
    const at = Date.now();
    const result = await this.#run("read the revalidated cache tags", (pool) =>
      pool.query(`select tag, stale_at, expired_at from ${TAGS_TABLE} where tag = any($1::text[])`, [tags]),
    );
    if (!result) return {};
    const found = {};
    for (const row of result.rows) {
      found[row.tag] = { stale: toMs(row.stale_at), expired: toMs(row.expired_at) };
    }
    if (this.#checkMs > 0) {
      // Bounded by the set of tags the app uses; forgotten wholesale should that ever grow large.
      if (this.#known.size > 10_000) this.#known.clear();
      for (const tag of tags) this.#known.set(tag, { at, state: found[tag] });
    }
    return found;
  }

  #answer(tags) {
    const found = {};
    for (const tag of tags) {
      const state = this.#known.get(tag)?.state;
      if (state) found[tag] = state;
    }
    return found;
  }

  /** Records `tags` as revalidated with Next's meaning of `durations` (file-system-cache.js). */
  async record(tags, durations, now = Date.now()) {
    if (tags.length === 0) return;
    // With durations (revalidateTag(tag, profile)): stale now, expired when the profile says.
    // Without (revalidatePath, updateTag): expired now, blocking the next request until re-rendered.
    const stale = durations ? now : null;
    const expired = durations ? (durations.expire === undefined ? null : now + durations.expire * 1000) : now;
    await this.#run("record a cache tag revalidation", (pool) =>
      pool.query(
        `insert into ${TAGS_TABLE} as t (tag, stale_at, expired_at)
         select tag, $2::bigint, $3::bigint from unnest($1::text[]) as tag
         on conflict (tag) do update set
           stale_at = coalesce(excluded.stale_at, t.stale_at),
           expired_at = coalesce(excluded.expired_at, t.expired_at)`,
        [tags, stale, expired],
      ),
    );
  }

  async close() {
    const pool = this.#pool;
    this.#pool = null;
    this.#ready = null;
    await pool?.end().catch(() => {});
  }

  async #run(what, work) {
    if (this.#failingSince && Date.now() - this.#failingSince < RETRY_AFTER_MS) return null;
    try {
      const pool = await this.#connect();
      const result = await work(pool);
      if (this.#failingSince) this.#log.warn(`Cache tags: PostgreSQL answers again; revalidations are shared.`);
      this.#failingSince = 0;
      return result;
    } catch (error) {
      if (!this.#failingSince) {
        this.#log.error(
          `Cache tags: could not ${what} in PostgreSQL (${firstLine(error)}); until it answers, this ` +
            `instance serves its own cache and sees no other instance's revalidations.`,
        );
      }
      this.#failingSince = Date.now();
      this.#ready = null;
      return null;
    }
  }

  #connect() {
    // node-postgres is loaded on first use, so an instance on SQLite never loads it.
    this.#ready ??= import("pg").then(({ default: pg }) => {
      this.#pool ??= newPool(this.#url, pg);
      const pool = this.#pool;
      return createTable(pool).then(() => pool);
    });
    return this.#ready;
  }
}

function newPool(url, pg) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
  });
  // An idle connection the server drops must not take the process down; the next query reconnects.
  pool.on("error", () => {});
  return pool;
}

async function createTable(pool) {
  const client = await pool.connect();
  try {
    // A table made beforehand by someone who may create tables is used by a role that may not.
    const { rows } = await client.query("select to_regclass($1) is not null as present", [TAGS_TABLE]);
    if (rows[0].present) return;
    await client.query("begin");
    await client.query("select pg_advisory_xact_lock($1)", [CREATE_LOCK]);
    await client.query(CREATE_TABLE);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function toMs(value) {
  return value === null || value === undefined ? undefined : Number(value);
}

function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
