import "server-only";
import { dialect, read } from "@/db";

/**
 * A cold report over every job takes about 200 ms with 100,000 applications, and reports are
 * looked at far more often than the data changes in between. So a result is kept until anything at
 * all is committed to the database (the dialect's change stamp: SQLite's data_version asked on the
 * reader, which moves with every commit of the writer; PostgreSQL's WAL position, which moves with
 * every instance's commits), and only within the same minute, because the count of overdue
 * scorecards moves with the clock.
 */
const MAX_ENTRIES = 32;
const entries = new Map<string, { stamp: string; value: unknown }>();

async function stamp(): Promise<string> {
  return String((await read().get<{ stamp: number | string }>(dialect().changeStamp())).stamp);
}

export async function cachedReport<T>(key: string, now: number, compute: () => Promise<T>): Promise<T> {
  const fullKey = `${key}|${Math.floor(now / 60_000)}`;
  const current = await stamp();
  const hit = entries.get(fullKey);
  if (hit && hit.stamp === current) return hit.value as T;
  const value = await compute();
  entries.delete(fullKey);
  entries.set(fullKey, { stamp: current, value });
  // A Map keeps insertion order, so the oldest entries are at the front.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
