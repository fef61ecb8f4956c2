import { DateTime } from "luxon";
import type { WeeklyHours } from "@/db/schema";
import { minutesOf } from "@/lib/validations/availability";

/** A half-open span of time [start, end) in epoch milliseconds. */
export type Span = { start: number; end: number };

export const MINUTE = 60_000;

/** Sorted, with overlapping and touching spans merged. */
export function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** True when [start, end) meets any of the merged, sorted spans (binary search). */
export function overlapsAny(merged: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = merged[lo];
  return s !== undefined && s.start < end;
}

/** True when [start, end) lies inside one of the merged, sorted spans. */
export function insideOne(merged: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  const s = merged[lo];
  return s !== undefined && s.start <= start && s.end >= end;
}

/**
 * The interviewer's working hours between `from` and `to` as absolute spans. Each range is wall
 * clock time in their zone on that local date, so DST days come out right: a 09:00-17:00 range is
 * 8 hours on both sides of a change; a wall time the spring change skips moves forward with it.
 */
export function workingSpans(hours: WeeklyHours, timeZone: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let day = DateTime.fromMillis(from, { zone: timeZone }).startOf("day").minus({ days: 1 });
  const last = DateTime.fromMillis(to, { zone: timeZone }).startOf("day");
  while (day <= last) {
    for (const r of hours[String(day.weekday) as keyof WeeklyHours] ?? []) {
      const at = (hhmm: string) => {
        const m = minutesOf(hhmm);
        return DateTime.fromObject(
          { year: day.year, month: day.month, day: day.day, hour: Math.floor(m / 60), minute: m % 60 },
          { zone: timeZone },
        ).toMillis();
      };
      const start = at(r.start);
      const end = r.end === "24:00" ? day.plus({ days: 1 }).startOf("day").toMillis() : at(r.end);
      if (end > from && start < to) spans.push({ start: Math.max(start, from), end: Math.min(end, to) });
    }
    day = day.plus({ days: 1 });
  }
  return merge(spans);
}

/** Weekly hours from the form's flat list of ranges. */
export function weeklyHoursOf(ranges: { day: number; start: string; end: string }[]): WeeklyHours {
  const hours: WeeklyHours = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };
  for (const r of ranges) hours[String(r.day) as keyof WeeklyHours].push({ start: r.start, end: r.end });
  for (const list of Object.values(hours)) list.sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  return hours;
}

/** Monday to Friday, 09:00-17:00: what an interviewer who has not set hours is offered with. */
export const DEFAULT_HOURS: WeeklyHours = weeklyHoursOf(
  [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })),
);
