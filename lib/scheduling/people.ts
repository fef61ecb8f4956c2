import "server-only";
import { and, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import type { Reader } from "@/db";
import { interviewers, interviews, staffAvailability, users } from "@/db/schema";
import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";
import { calendarBusy, type CalendarBusy } from "./calendar-busy";
import { DEFAULT_HOURS, merge, MINUTE, workingSpans, type Span } from "./intervals";

export type SlotWarning = {
  userId: number;
  code: "calendar_unreadable" | "default_hours" | "not_staff";
  reason: string;
};

/** One interviewer as slot computation sees them: where they may be booked and where not. */
export type Person = {
  userId: number;
  timeZone: string;
  /** Working hours as absolute spans, merged. */
  work: Span[];
  /** Busy spans (Rekry's interviews and their calendar), widened by the buffer, merged. */
  busy: Span[];
  /** How many of Rekry's interviews they have in the window ("any N" prefers the least loaded). */
  load: number;
  /** False when their calendar could not be read: never offered as free. */
  readable: boolean;
};

const DAY = 24 * 60 * MINUTE;

/** Rekry's own planned interviews of these users overlapping [from, to), by user. */
export async function rekryBusy(
  db: Reader,
  userIds: readonly number[],
  from: number,
  to: number,
  excludeInterviewId?: number,
): Promise<Map<number, Span[]>> {
  const rows = await db
    .select({
      userId: interviewers.userId,
      id: interviews.id,
      startsAt: interviews.startsAt,
      minutes: interviews.durationMinutes,
    })
    .from(interviews)
    .innerJoin(interviewers, eq(interviewers.interviewId, interviews.id))
    .where(
      and(
        inArray(interviewers.userId, [...userIds]),
        isNull(interviews.cancelledAt),
        gte(interviews.startsAt, new Date(from - DAY)),
        lt(interviews.startsAt, new Date(to)),
      ),
    )
    .all();
  const out = new Map<number, Span[]>(userIds.map((id) => [id, []]));
  for (const r of rows) {
    if (!r.startsAt || r.id === excludeInterviewId) continue;
    const start = r.startsAt.getTime();
    const end = start + r.minutes * MINUTE;
    if (end > from && start < to) out.get(r.userId)?.push({ start, end });
  }
  return out;
}

export type LoadOptions = {
  from: number;
  to: number;
  bufferMin: number;
  excludeInterviewId?: number;
  /** Calendar answers fetched beforehand (fresh, for a booking); else read through the cache. */
  calendars?: Map<number, CalendarBusy>;
};

/** Everyone's hours and busy times for [from, to), read through `db` (a transaction's handle too). */
export async function loadPeople(
  db: Reader,
  userIds: readonly number[],
  o: LoadOptions,
): Promise<{ people: Person[]; warnings: SlotWarning[] }> {
  const ids = [...new Set(userIds)];
  const pad = o.bufferMin * MINUTE;
  const staff = await db
    .select({
      id: users.id,
      name: users.name,
      active: users.active,
      timeZone: staffAvailability.timeZone,
      hours: staffAvailability.weeklyHours,
    })
    .from(users)
    .leftJoin(staffAvailability, eq(staffAvailability.userId, users.id))
    .where(inArray(users.id, ids))
    .all();
  const busyHere = await rekryBusy(db, ids, o.from - pad, o.to + pad, o.excludeInterviewId);
  const calendars =
    o.calendars ??
    new Map(await Promise.all(ids.map(async (id) => [id, await calendarBusy(id, o.from - pad, o.to + pad)] as const)));
  const warnings: SlotWarning[] = [];
  const people: Person[] = [];
  for (const id of ids) {
    const s = staff.find((u) => u.id === id);
    if (!s || !s.active) {
      warnings.push({ userId: id, code: "not_staff", reason: "Not an active staff user; never offered." });
      continue;
    }
    const timeZone = s.timeZone ?? COMPANY_TIME_ZONE;
    if (!s.hours)
      warnings.push({
        userId: id,
        code: "default_hours",
        reason: `${s.name} has not set interview hours; Monday to Friday 09:00-17:00 ${COMPANY_TIME_ZONE} assumed.`,
      });
    const calendar = calendars.get(id) ?? { ok: true, spans: [] };
    if (!calendar.ok)
      warnings.push({
        userId: id,
        code: "calendar_unreadable",
        reason: `${s.name}'s calendar could not be read (${calendar.reason}); they are shown as unavailable.`,
      });
    const own = busyHere.get(id) ?? [];
    const busy = [...own, ...(calendar.ok ? calendar.spans : [])].map((b) => ({
      start: b.start - pad,
      end: b.end + pad,
    }));
    people.push({
      userId: id,
      timeZone,
      work: workingSpans(s.hours ?? DEFAULT_HOURS, timeZone, o.from, o.to),
      busy: merge(busy),
      load: own.length,
      readable: calendar.ok,
    });
  }
  return { people, warnings };
}
