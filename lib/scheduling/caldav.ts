import "server-only";
import { calendarQuery, createAccount, fetchCalendars, getBasicAuthHeaders, type DAVCalendar } from "tsdav";
import { CalendarError, guardedFetch, type CalendarFetchOptions } from "./calendar-http";

export type CaldavAccount = { url: string; username: string; password: string };

type Session = { calendars: DAVCalendar[]; headers: Record<string, string>; fetch: typeof fetch };

const describe = (e: unknown) =>
  e instanceof CalendarError
    ? e
    : new CalendarError(`The CalDAV server refused: ${e instanceof Error ? e.message : e}.`);

/** Signs in and finds the account's event calendars (discovery, principal, home, collections). */
async function open(account: CaldavAccount, options: CalendarFetchOptions): Promise<Session> {
  const fetch = guardedFetch(options) as typeof globalThis.fetch;
  const headers = getBasicAuthHeaders({ username: account.username, password: account.password });
  try {
    const dav = await createAccount({
      account: {
        serverUrl: account.url,
        accountType: "caldav",
        credentials: { username: account.username, password: account.password },
      },
      headers,
      fetch,
    });
    const calendars = (await fetchCalendars({ account: dav, headers, fetch })).filter(
      (c) => !c.components?.length || c.components.includes("VEVENT"),
    );
    if (!calendars.length) throw new CalendarError("The account has no calendar for events.");
    return { calendars, headers, fetch };
  } catch (e) {
    throw describe(e);
  }
}

/** The iCalendar texts of every event in the account's calendars that touches [from, to). */
export async function caldavObjects(
  account: CaldavAccount,
  from: number,
  to: number,
  options: CalendarFetchOptions,
): Promise<string[]> {
  const { calendars, headers, fetch } = await open(account, options);
  try {
    // One calendar-query REPORT per calendar, with the events' data in the answer (tsdav's
    // fetchCalendarObjects asks twice: the matching names, then a multiget of them).
    const at = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[-:.]/g, "") + "Z";
    const filters = [
      {
        "comp-filter": {
          _attributes: { name: "VCALENDAR" },
          "comp-filter": {
            _attributes: { name: "VEVENT" },
            "time-range": { _attributes: { start: at(from), end: at(to) } },
          },
        },
      },
    ];
    const answers = await Promise.all(
      calendars.map((calendar) =>
        calendarQuery({
          url: calendar.url,
          props: { "d:getetag": {}, "c:calendar-data": {} },
          filters,
          depth: "1",
          headers,
          fetch,
        }),
      ),
    );
    return answers.flat().flatMap((r) => {
      if (!r.ok && r.status !== 207 && r.status !== 200)
        throw new CalendarError(`The CalDAV server answered HTTP ${r.status}.`);
      const data = (r.props?.calendarData as { _cdata?: string } | string | undefined) ?? "";
      const text = typeof data === "string" ? data : (data._cdata ?? "");
      return text ? [text] : [];
    });
  } catch (e) {
    throw describe(e);
  }
}

export type CalendarEvent = { uid: string; start: Date; end: Date; summary: string; description?: string };

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const text = (v: string) =>
  v
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");

/** One VEVENT, in UTC, with nothing in it but what the caller gives. */
export function eventIcs(e: CalendarEvent, now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Rekry//Scheduling//EN",
    "BEGIN:VEVENT",
    `UID:${text(e.uid)}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(e.start)}`,
    `DTEND:${stamp(e.end)}`,
    `SUMMARY:${text(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ];
  return lines.join("\r\n");
}

const objectUrl = (calendar: DAVCalendar, uid: string) =>
  new URL(`${encodeURIComponent(uid.replace(/[^A-Za-z0-9@._-]/g, "_"))}.ics`, calendar.url.replace(/\/?$/, "/")).href;

/** Creates or replaces the event in the account's first event calendar. */
export async function caldavPut(account: CaldavAccount, event: CalendarEvent, options: CalendarFetchOptions) {
  const { calendars, headers, fetch } = await open(account, options);
  const response = await fetch(objectUrl(calendars[0]!, event.uid), {
    method: "PUT",
    headers: { ...headers, "content-type": "text/calendar; charset=utf-8" },
    body: eventIcs(event),
  }).catch((e: unknown) => {
    throw describe(e);
  });
  if (!response.ok) throw new CalendarError(`The CalDAV server refused the event (HTTP ${response.status}).`);
}

/** Removes the event; one that is already gone counts as removed. */
export async function caldavDelete(account: CaldavAccount, uid: string, options: CalendarFetchOptions) {
  const { calendars, headers, fetch } = await open(account, options);
  const response = await fetch(objectUrl(calendars[0]!, uid), { method: "DELETE", headers }).catch((e: unknown) => {
    throw describe(e);
  });
  if (!response.ok && response.status !== 404)
    throw new CalendarError(`The CalDAV server refused to remove the event (HTTP ${response.status}).`);
}
