import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/**
 * A cold report over every job takes about 200 ms with 100,000 applications, and reports are
 * looked at far more often than the data changes in between. So a result is kept until anything at
 * all is written to the database (by this connection: total_changes(); by another process: PRAGMA
 * data_version), and only within the same minute, because the count of overdue scorecards moves
 * with the clock.
 */
const MAX_ENTRIES = 32;
const entries = new Map<string, { stamp: string; value: unknown }>();

function stamp(): string {
  const changes = db().get<{ n: number }>(sql`select total_changes() as n`)!.n;
  return `${db().$client.pragma("data_version", { simple: true })}:${changes}`;
}

export function cachedReport<T>(key: string, now: number, compute: () => T): T {
  const fullKey = `${key}|${Math.floor(now / 60_000)}`;
  const current = stamp();
  const hit = entries.get(fullKey);
  if (hit && hit.stamp === current) return hit.value as T;
  const value = compute();
  entries.delete(fullKey);
  entries.set(fullKey, { stamp: current, value });
  // A Map keeps insertion order, so the oldest entries are at the front.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
