import "server-only";
import type { Span } from "./intervals";

/** One interviewer's calendar for a window: busy spans, or why it could not be read. */
export type CalendarBusy = { ok: true; spans: Span[] } | { ok: false; reason: string };

/** Busy spans from the user's connected calendar (none connected: nothing busy). */
export async function calendarBusy(_userId: number, _from: number, _to: number): Promise<CalendarBusy> {
  return { ok: true, spans: [] };
}

/** Fresh answers (past the cache) for a booking, fetched before its transaction starts. */
export async function freshCalendars(userIds: readonly number[], from: number, to: number) {
  return new Map(await Promise.all(userIds.map(async (id) => [id, await calendarBusy(id, from, to)] as const)));
}
