const DAY = 86_400_000;

/** A report's period: applications created from the start of `from` to the end of `to`, in UTC. */
export type Period = { from: string; to: string; fromMs: number; toMs: number };

export const DEFAULT_DAYS = 90;
/** The longest period one report covers; beyond it a trend over weeks stops being readable. */
export const MAX_DAYS = 3 * 366;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

/** The last DEFAULT_DAYS days up to and including today (UTC). */
export function defaultPeriod(now = Date.now()): { from: string; to: string } {
  const today = dayStart(isoDate(now));
  return { from: isoDate(today - (DEFAULT_DAYS - 1) * DAY), to: isoDate(today) };
}

export function toPeriod(from: string, to: string): Period {
  return { from, to, fromMs: dayStart(from), toMs: dayStart(to) + DAY - 1 };
}

/** The Monday (UTC) of the week holding a date, as YYYY-MM-DD: the key SQL groups weeks by. */
export function mondayOf(ms: number): string {
  const day = dayStart(isoDate(ms));
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return isoDate(day - weekday * DAY);
}

/** ISO 8601 week label ("2026-W07") of the week starting on a Monday. */
export function isoWeekLabel(monday: string): string {
  // The ISO year and week are those of the week's Thursday.
  const thursday = new Date(dayStart(monday) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Every week (by its Monday) that overlaps the period, oldest first. */
export function weeksOf(period: Period): string[] {
  const weeks: string[] = [];
  for (let m = dayStart(mondayOf(period.fromMs)); m <= period.toMs; m += 7 * DAY) weeks.push(isoDate(m));
  return weeks;
}
