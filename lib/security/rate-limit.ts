import { createHash } from "node:crypto";
import { and, eq, lte, sql } from "drizzle-orm";
import { writeAtomic, type Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import { rateLimits } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { CommandText } from "@/lib/i18n/command-text";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** At most this many lost-link mails an hour to one address, whoever asks and from where. */
export const LOST_LINK_MAILS_PER_HOUR = 3;

/** Every fixed-window limit, said once: what counts, how many, per how long. */
export const RATE_LIMITS = {
  /** Applications per client address (APPLY_RATE_LIMIT an hour). */
  apply: { limit: () => env().APPLY_RATE_LIMIT, windowMs: HOUR },
  /** Lost-link requests per client address. */
  "lost-link": { limit: () => 5, windowMs: HOUR },
  /** Lost-link mails per recipient, whoever asks. */
  "lost-link-recipient": { limit: () => LOST_LINK_MAILS_PER_HOUR, windowMs: HOUR },
  /** Wrong status tokens per client address. */
  "status-misses": { limit: () => 20, windowMs: 10 * MINUTE },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * What the table keeps of a key: its digest, as a limit needs only equality. Addresses and
 * recipients are personal data, and an erase must leave none of them behind (a window's row
 * outlives the request by up to an hour).
 */
export function storedKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("base64url");
}
export type Hit = { ok: true } | { ok: false; retryAfterSeconds: number };

function verdict(name: RateLimitName, row: { windowStart: Date; count: number }, now: number): Hit {
  const { limit, windowMs } = RATE_LIMITS[name];
  if (row.count <= limit()) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now) / 1000)) };
}

const p = (name: string) => sql.placeholder(name);

/**
 * Counts one request inside the caller's transaction, in one statement: a row per key holds its
 * window's start and count, and a window that has passed (started at or before `passed`) starts
 * again at 1. The upsert is atomic on SQLite (one writer) and on PostgreSQL (the row lock of
 * `on conflict`), so instances sharing the database share the limit. Built once per connection
 * (db/prepared.ts): the intake counts every application.
 */
const countHit = perConnection((tx: Pick<Tx, "insert">) => {
  const expired = sql`${rateLimits.windowStart} <= ${p("passed")}`;
  return tx
    .insert(rateLimits)
    .values({ name: p("name"), key: p("key"), windowStart: p("now"), count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.name, rateLimits.key],
      set: {
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end`,
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
      },
    })
    .returning({ windowStart: rateLimits.windowStart, count: rateLimits.count })
    .prepare();
});

/** Counts one request against `key` inside the caller's transaction (see countHit). */
export async function hitRateLimit(
  tx: Pick<Tx, "insert">,
  name: RateLimitName,
  key: string,
  now = Date.now(),
): Promise<Hit> {
  const passed = now - RATE_LIMITS[name].windowMs;
  const row = await countHit(tx).get({ name, key: storedKey(key), now: new Date(now), passed });
  if (!row) throw new Error("The rate-limit upsert returned no row.");
  return verdict(name, row, now);
}

/**
 * One request counted in a transaction of its own (the upsert alone, atomic by itself: see
 * writeAtomic), so that many requests counting against one key at once wait their turn for the
 * row instead of aborting one another on PostgreSQL. Not durable: a crash may forget the last
 * fraction of a second of counts, and in exchange requests from one address (a company's NAT,
 * the bench) wait for the row's update, not for a disk flush each, which held the PostgreSQL
 * intake at about 80 applications/s.
 */
export function hitRateLimitNow(name: RateLimitName, key: string, now = Date.now()): Promise<Hit> {
  return writeAtomic((tx) => hitRateLimit(tx, name, key, now), { durable: false, oneStatement: true });
}

/** The 429 every limited route answers, with its own wording. */
export function rateLimited(hit: Hit & { ok: false }, text: CommandText): AppError {
  return new AppError("rate_limited", text, { retryAfterSeconds: hit.retryAfterSeconds });
}

/** Deletes the windows that have passed (the periodic run calls it); returns how many. */
export async function pruneRateLimits(tx: Pick<Tx, "delete">, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const [name, { windowMs }] of Object.entries(RATE_LIMITS)) {
    const done = await tx
      .delete(rateLimits)
      .where(and(eq(rateLimits.name, name), lte(rateLimits.windowStart, new Date(now - windowMs))))
      .run();
    removed += done.changes;
  }
  return removed;
}
