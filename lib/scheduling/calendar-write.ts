import "server-only";
import { env } from "@/lib/env";
import { caldavDelete, caldavPut } from "./caldav";
import { forgetBusy } from "./calendar-busy";
import { connectionFor } from "./calendar-connection";
import { CalendarError } from "./calendar-http";

/**
 * Write-back of booked interviews into an interviewer's CalDAV calendar. Use the interview's
 * invite UID (`interview-<id>@<domain>`, as lib/feedback/ics.ts writes it) so the calendar holds
 * one event per interview and Rekry's reading of busy times skips it (Rekry's table counts it).
 * `summary` is what the interviewer sees as the title: the caller gives the candidate's name at
 * most; `details` (contact, links) is written only with CALENDAR_DETAILS=full. Never throws for
 * a calendar's fault: a booking does not fail because a calendar is down; the answer says so.
 */
export type CalendarWrite = { uid: string; start: Date; end: Date; summary: string; details?: string };

export type WriteResult = { ok: true; written: boolean } | { ok: false; reason: string };

async function caldavOf(userId: number) {
  const c = await connectionFor(userId);
  return c?.kind === "caldav" ? { url: c.url, username: c.username, password: c.password } : null;
}

async function attempt(
  userId: number,
  run: (account: NonNullable<Awaited<ReturnType<typeof caldavOf>>>) => Promise<void>,
) {
  try {
    const account = await caldavOf(userId);
    if (!account) return { ok: true, written: false } satisfies WriteResult;
    await run(account);
    forgetBusy(userId);
    return { ok: true, written: true } satisfies WriteResult;
  } catch (e) {
    const reason = e instanceof CalendarError ? e.message : e instanceof Error ? e.message : String(e);
    return { ok: false, reason } satisfies WriteResult;
  }
}

/** Creates the event, or replaces the one with the same UID (a reschedule is the same call). */
export function putCalendarEvent(userId: number, event: CalendarWrite): Promise<WriteResult> {
  const full = env().CALENDAR_DETAILS === "full";
  return attempt(userId, (account) =>
    caldavPut(
      account,
      {
        uid: event.uid,
        start: event.start,
        end: event.end,
        summary: event.summary,
        description: full ? event.details : undefined,
      },
      { allowPrivate: env().CALENDAR_ALLOW_PRIVATE },
    ),
  );
}

export const updateCalendarEvent = putCalendarEvent;

/** Removes the event (cancelled interview); one already gone counts as removed. */
export function deleteCalendarEvent(userId: number, uid: string): Promise<WriteResult> {
  return attempt(userId, (account) => caldavDelete(account, uid, { allowPrivate: env().CALENDAR_ALLOW_PRIVATE }));
}
