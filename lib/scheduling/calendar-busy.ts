import "server-only";
import { env } from "@/lib/env";
import { connectionFor } from "./calendar-connection";
import { CalendarError } from "./calendar-http";
import { readCalendar } from "./calendar-read";
import type { Span } from "./intervals";

/** One interviewer's calendar for a window: busy spans, or why it could not be read. */
export type CalendarBusy = { ok: true; spans: Span[] } | { ok: false; reason: string };

/**
 * Free/busy per interviewer, kept in this process's memory for at most 5 minutes (each instance
 * has its own; nothing of it is written anywhere). A window a little wider than asked is fetched
 * so the next request for nearby times is answered from here. Failures are not kept.
 */
const TTL_MS = 5 * 60_000;
const DAY = 86_400_000;
type Entry = { at: number; from: number; to: number; stamp: number; spans: Span[] };
const holder = globalThis as unknown as {
  __rekryBusy?: Map<number, Entry>;
  __rekryBusyLoads?: Map<string, Promise<CalendarBusy>>;
};
const cache: Map<number, Entry> = (holder.__rekryBusy ??= new Map());
const loads: Map<string, Promise<CalendarBusy>> = (holder.__rekryBusyLoads ??= new Map());

export function forgetBusy(userId?: number) {
  if (userId === undefined) cache.clear();
  else cache.delete(userId);
}

async function load(userId: number, from: number, to: number, fresh: boolean): Promise<CalendarBusy> {
  const connection = await connectionFor(userId).catch((e: unknown) => {
    throw new CalendarError(e instanceof Error ? e.message : String(e));
  });
  if (!connection) return { ok: true, spans: [] };
  const hit = cache.get(userId);
  const now = Date.now();
  if (!fresh && hit && hit.stamp === connection.updatedAt && now - hit.at < TTL_MS && hit.from <= from && hit.to >= to)
    return { ok: true, spans: hit.spans.filter((s) => s.end > from && s.start < to) };
  const wideFrom = Math.floor(from / DAY) * DAY - DAY;
  const wideTo = Math.ceil(to / DAY) * DAY + DAY;
  const spans = await readCalendar(connection, wideFrom, wideTo, env().CALENDAR_ALLOW_PRIVATE);
  cache.set(userId, { at: now, from: wideFrom, to: wideTo, stamp: connection.updatedAt, spans });
  return { ok: true, spans: spans.filter((s) => s.end > from && s.start < to) };
}

/** Busy spans from the user's connected calendar (none connected: nothing busy), through the cache. */
export async function calendarBusy(userId: number, from: number, to: number, fresh = false): Promise<CalendarBusy> {
  const key = `${userId}:${from}:${to}:${fresh}`;
  const pending = loads.get(key);
  if (pending && !fresh) return pending;
  const promise = load(userId, from, to, fresh)
    .catch((e: unknown): CalendarBusy => {
      if (e instanceof CalendarError) return { ok: false, reason: e.message };
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    })
    .finally(() => loads.delete(key));
  loads.set(key, promise);
  return promise;
}

/** Fresh answers (past the cache) for a booking, fetched before its transaction starts. */
export async function freshCalendars(userIds: readonly number[], from: Date | number, to: Date | number) {
  const a = typeof from === "number" ? from : from.getTime();
  const b = typeof to === "number" ? to : to.getTime();
  return new Map(
    await Promise.all([...new Set(userIds)].map(async (id) => [id, await calendarBusy(id, a, b, true)] as const)),
  );
}
