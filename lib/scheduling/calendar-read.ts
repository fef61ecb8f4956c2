import "server-only";
import { caldavObjects } from "./caldav";
import { CalendarError, getFollowing } from "./calendar-http";
import { busyFromIcal } from "./ical-busy";
import type { Span } from "./intervals";

/** A connected calendar, secrets open, with the zone its floating and all-day times are in. */
export type Connection = { kind: "caldav" | "ics"; url: string; username: string; password: string; timeZone: string };

/** Rekry's own interviews written back into a calendar; Rekry's table counts them, not the calendar. */
const REKRY_UID = /^interview-\d+@/;

/** The busy spans of one calendar in [from, to); throws CalendarError when it cannot be read. */
export async function readCalendar(c: Connection, from: number, to: number, allowPrivate: boolean): Promise<Span[]> {
  let texts: string[];
  if (c.kind === "caldav") {
    texts = await caldavObjects({ url: c.url, username: c.username, password: c.password }, from, to, { allowPrivate });
  } else {
    const response = await getFollowing(c.url, { allowPrivate }, { accept: "text/calendar" });
    if (!response.ok) throw new CalendarError(`The feed answered HTTP ${response.status}.`);
    texts = [await response.text()];
  }
  return busyFromIcal(texts, from, to, c.timeZone, REKRY_UID);
}
