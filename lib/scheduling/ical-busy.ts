import ICAL from "ical.js";
import { DateTime } from "luxon";
import { isTimeZone } from "@/lib/validations/availability";
import { CalendarError } from "./calendar-http";
import type { Span } from "./intervals";

/**
 * More occurrences than this before the window ends (a daily event since 1999 has 10,000), or
 * more time than this expanding one calendar: refused rather than read as free, so a hostile
 * feed cannot keep the server busy.
 */
const MAX_OCCURRENCES = 10_000;
const MAX_EXPAND_MS = 2_000;

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

/**
 * Epoch ms of an iCalendar time. All-day and floating times are the interviewer's wall clock; a
 * TZID that names an IANA zone is converted with the runtime's zone data (a feed's VTIMEZONE may
 * be stale); any other TZID (Outlook's "W. Europe Standard Time") through its VTIMEZONE.
 */
function millisOf(t: Time, tzid: string | null, own: string): number {
  const wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
  if (t.isDate) return DateTime.fromObject({ year: t.year, month: t.month, day: t.day }, { zone: own }).toMillis();
  if (t.zone === ICAL.Timezone.utcTimezone) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  if (tzid && isTimeZone(tzid)) return DateTime.fromObject(wall, { zone: tzid }).toMillis();
  if (tzid && t.zone && t.zone.tzid !== "floating") return t.toUnixTime() * 1000;
  return DateTime.fromObject(wall, { zone: own }).toMillis();
}

const tzidOf = (c: Component, name: string) => {
  const value = c.getFirstProperty(name)?.getParameter("tzid");
  return typeof value === "string" ? value : null;
};

/** Whether the event takes time: not transparent ("show as free") and not cancelled. */
function blocks(c: Component): boolean {
  const transp = String(c.getFirstPropertyValue("transp") ?? "").toUpperCase();
  const status = String(c.getFirstPropertyValue("status") ?? "").toUpperCase();
  return transp !== "TRANSPARENT" && status !== "CANCELLED";
}

function spanOf(c: Component, start: Time, end: Time, own: string): Span {
  const startTz = tzidOf(c, "dtstart");
  return { start: millisOf(start, startTz, own), end: millisOf(end, tzidOf(c, "dtend") ?? startTz, own) };
}

function parse(text: string): Component[] {
  let data: unknown;
  try {
    data = ICAL.parse(text);
  } catch (e) {
    throw new CalendarError(`The calendar's answer is not valid iCalendar (${e instanceof Error ? e.message : e}).`);
  }
  const roots = (Array.isArray(data) && typeof data[0] === "string" ? [data] : (data as unknown[])) ?? [];
  const comps = roots.map((r) => new ICAL.Component(r as never));
  if (!comps.length || comps.some((c) => c.name !== "vcalendar"))
    throw new CalendarError("The calendar's answer is not an iCalendar VCALENDAR.");
  return comps;
}

/**
 * The busy spans of one or more iCalendar texts within [from, to): VEVENTs with recurrences
 * (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) expanded here, and VFREEBUSY periods. Only
 * times are kept; titles, attendees and descriptions are never read into anything that lasts.
 */
export function busyFromIcal(texts: string[], from: number, to: number, own: string, skipUid?: RegExp): Span[] {
  const spans: Span[] = [];
  const deadline = performance.now() + MAX_EXPAND_MS;
  const keep = (s: Span) => {
    if (s.end > from && s.start < to && s.end > s.start) spans.push(s);
  };
  for (const calendar of texts.flatMap(parse)) {
    const byUid = new Map<string, { master?: Component; overrides: Component[] }>();
    for (const c of calendar.getAllSubcomponents("vevent")) {
      const uid = String(c.getFirstPropertyValue("uid") ?? Math.random());
      if (skipUid?.test(uid)) continue;
      const group = byUid.get(uid) ?? { overrides: [] };
      if (c.hasProperty("recurrence-id")) group.overrides.push(c);
      else group.master = c;
      byUid.set(uid, group);
    }
    for (const { master, overrides } of byUid.values()) {
      // An override is busy in its own right, wherever it moved the occurrence to.
      for (const o of overrides) {
        const e = new ICAL.Event(o);
        if (blocks(o) && e.startDate) keep(spanOf(o, e.startDate, e.endDate ?? e.startDate, own));
      }
      if (!master || !master.hasProperty("dtstart")) continue;
      const event = new ICAL.Event(master);
      for (const o of overrides) event.relateException(o);
      if (!event.isRecurring()) {
        if (blocks(master)) keep(spanOf(master, event.startDate, allDayEnd(event), own));
        continue;
      }
      const iterator = event.iterator();
      const tz = tzidOf(master, "dtstart");
      for (let n = 0, next = iterator.next(); next; next = iterator.next(), n++) {
        if (n > MAX_OCCURRENCES || (n % 256 === 255 && performance.now() > deadline))
          throw new CalendarError("A recurring event repeats too often to read.");
        if (millisOf(next, tz, own) >= to) break;
        const details = event.getOccurrenceDetails(next);
        if (details.item !== event) continue; // overrides were counted above
        if (blocks(master)) keep(spanOf(master, details.startDate, details.endDate, own));
      }
    }
    for (const fb of calendar.getAllSubcomponents("vfreebusy"))
      for (const p of fb.getAllProperties("freebusy")) {
        if (String(p.getParameter("fbtype") ?? "BUSY").toUpperCase() === "FREE") continue;
        for (const period of p.getValues() as InstanceType<typeof ICAL.Period>[])
          keep({ start: millisOf(period.start, null, own), end: millisOf(period.getEnd(), null, own) });
      }
  }
  return spans;
}

/** An all-day event without DTEND lasts its one day; a timed one without DTEND or DURATION, no time. */
function allDayEnd(event: InstanceType<typeof ICAL.Event>): Time {
  if (event.component.hasProperty("dtend") || event.component.hasProperty("duration")) return event.endDate;
  const end = event.startDate.clone();
  if (end.isDate) end.day += 1;
  return end;
}
