import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";

/** The calendar date ("2026-12-07") of an instant in a time zone. */
export function dateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a day ("2026-12-07") begins in a time zone (twice-checked across a DST change). */
export function startOfDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetAt(new Date(guess), timeZone);
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

/** The day after a calendar date. */
function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The end of a window of `days` working days (Monday to Friday, company time) that begins at
 * `from`: midnight after the last of them. Today counts when it is a working day.
 */
export function workingDaysEnd(from: Date, days: number, timeZone = COMPANY_TIME_ZONE): Date {
  let date = dateIn(from, timeZone);
  let counted = 0;
  for (;;) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
    date = nextDate(date);
    if (counted === days) return startOfDay(date, timeZone);
  }
}
