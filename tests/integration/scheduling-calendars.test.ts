import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { msg } from "@/lib/i18n/command-text";
import { commandMessage } from "@/lib/i18n/command-message";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { read } from "@/db";
import { auditLog, calendarConnections } from "@/db/schema";
import { env } from "@/lib/env";
import { saveOwnAvailability } from "@/lib/scheduling/availability";
import { forgetBusy, freshCalendars } from "@/lib/scheduling/calendar-busy";
import {
  connectOwnCalendar,
  disconnectOwnCalendar,
  ownCalendar,
  testOwnCalendar,
} from "@/lib/scheduling/calendar-connection";
import { readCalendar } from "@/lib/scheduling/calendar-read";
import { deleteCalendarEvent, putCalendarEvent } from "@/lib/scheduling/calendar-write";
import { checkSlot, computeSlots, type SlotInput } from "@/lib/scheduling/slots";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { startRadicale, vcalendar, type Radicale } from "../helpers/radicale";

let t: TestData;
let radicale: Radicale;
let anna: TestUser, bo: TestUser;
let annaCalendar: string;
let feed: Server;
let feedUrl: string;
let feedAnswer: (res: import("node:http").ServerResponse) => void;

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
const now = new Date("2027-01-01T00:00:00Z");
const week = { from: new Date("2027-03-29T00:00:00Z"), to: new Date("2027-04-03T00:00:00Z") };

const annaEvents = [
  [
    "UID:single",
    "DTSTAMP:20270101T000000Z",
    "DTSTART;TZID=Europe/Stockholm:20270329T100000",
    "DTEND;TZID=Europe/Stockholm:20270329T110000",
    "SUMMARY:Secret 1:1",
  ],
  // Daily at 13:00 Stockholm from before the DST change; the 30th excepted, the 31st moved to 15:00.
  [
    "UID:daily",
    "DTSTAMP:20270101T000000Z",
    "DTSTART;TZID=Europe/Stockholm:20270326T130000",
    "DURATION:PT1H",
    "RRULE:FREQ=DAILY;COUNT=6",
    "EXDATE;TZID=Europe/Stockholm:20270330T130000",
    "SUMMARY:Standup",
  ],
  [
    "UID:daily",
    "DTSTAMP:20270101T000000Z",
    "RECURRENCE-ID;TZID=Europe/Stockholm:20270331T130000",
    "DTSTART;TZID=Europe/Stockholm:20270331T150000",
    "DTEND;TZID=Europe/Stockholm:20270331T160000",
    "SUMMARY:Standup moved",
  ],
  ["UID:allday", "DTSTAMP:20270101T000000Z", "DTSTART;VALUE=DATE:20270401", "DTEND;VALUE=DATE:20270402", "SUMMARY:Off"],
  ["UID:floating", "DTSTAMP:20270101T000000Z", "DTSTART:20270331T090000", "DTEND:20270331T100000", "SUMMARY:Floating"],
  [
    "UID:newyork",
    "DTSTAMP:20270101T000000Z",
    "DTSTART;TZID=America/New_York:20270330T040000",
    "DTEND;TZID=America/New_York:20270330T050000",
    "SUMMARY:Call with NY",
  ],
  [
    "UID:free",
    "DTSTAMP:20270101T000000Z",
    "DTSTART:20270402T070000Z",
    "DTEND:20270402T150000Z",
    "TRANSP:TRANSPARENT",
    "SUMMARY:Shown as free",
  ],
  [
    "UID:interview-999@jobs.example.com",
    "DTSTAMP:20270101T000000Z",
    "DTSTART:20270402T070000Z",
    "DTEND:20270402T080000Z",
    "SUMMARY:Rekry's own",
  ],
];

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, CALENDAR_ALLOW_PRIVATE: "true" });
  [anna, bo] = await Promise.all([
    addUser(t.db, "hiring_manager", "Anna CalDAV"),
    addUser(t.db, "hiring_manager", "Bo Feed"),
  ]);
  await saveOwnAvailability(anna, { timeZone: "Europe/Stockholm", ranges: weekdays("09:00", "17:00") });
  await saveOwnAvailability(bo, { timeZone: "Europe/Lisbon", ranges: weekdays("09:00", "17:00") });
  radicale = await startRadicale({ anna: "anna-app-password" });
  annaCalendar = await radicale.makeCalendar("anna", "work");
  for (const e of annaEvents.slice(0, 2)) await radicale.putEvent(annaCalendar, "anna", e[0]!.slice(4), vcalendar(e));
  await radicale.putEvent(annaCalendar, "anna", "daily", vcalendar(annaEvents[1]!, annaEvents[2]!));
  for (const e of annaEvents.slice(3)) await radicale.putEvent(annaCalendar, "anna", e[0]!.slice(4), vcalendar(e));
  feedAnswer = (res) => res.writeHead(200, { "content-type": "text/calendar" }).end(boFeed);
  feed = createServer((_req, res) => feedAnswer(res));
  await new Promise<void>((r) => feed.listen(0, "127.0.0.1", r));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/private/secret-token/basic.ics`;
}, 60_000);
afterAll(async () => {
  await radicale?.stop();
  feed?.close();
  await t.cleanup();
});

// Bo, in Lisbon: weekly on Mondays 09:00-10:00 Lisbon time (10:00-11:00 Stockholm), in a feed.
const boFeed = vcalendar(
  [
    "UID:weekly",
    "DTSTAMP:20270101T000000Z",
    "DTSTART;TZID=Europe/Lisbon:20270301T090000",
    "DTEND;TZID=Europe/Lisbon:20270301T100000",
    "RRULE:FREQ=WEEKLY;BYDAY=MO",
  ],
  ["UID:tuesday", "DTSTAMP:20270101T000000Z", "DTSTART:20270330T140000Z", "DTEND:20270330T150000Z"],
);

const input = (over: Partial<SlotInput>): SlotInput => ({
  interviewerIds: [anna.id],
  mode: "all",
  durationMin: 60,
  ...week,
  minNoticeMin: 0,
  bufferMin: 0,
  stepMin: 60,
  now,
  ...over,
});

const byDay = (slots: { start: Date }[], timeZone: string) => {
  const out: Record<string, string[]> = {};
  for (const s of slots) {
    const day = new Intl.DateTimeFormat("sv-SE", { timeZone }).format(s.start);
    const time = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(s.start);
    (out[day] ??= []).push(time);
  }
  return out;
};

describe("free/busy from a real CalDAV server (Radicale)", () => {
  it("connects with the app password, stores it sealed, and shows only the host", async () => {
    const { message } = await connectOwnCalendar(anna, {
      kind: "caldav",
      url: radicale.url,
      username: "anna",
      password: "anna-app-password",
    });
    expect(commandMessage("en", message)).toMatch(/^Connected to 127\.0\.0\.1:\d+: /);
    const row = await read().select().from(calendarConnections).where(eq(calendarConnections.userId, anna.id)).get();
    expect(JSON.stringify(row)).not.toContain("anna-app-password");
    expect(row!.sealedUrl).not.toContain("127.0.0.1");
    expect(await ownCalendar(anna)).toMatchObject({ kind: "caldav", host: new URL(radicale.url).host });
  });

  it("refuses a wrong password with the reason and stores nothing", async () => {
    await expect(
      connectOwnCalendar(bo, { kind: "caldav", url: radicale.url, username: "anna", password: "wrong" }),
    ).rejects.toMatchObject({
      code: "unprocessable",
    });
    expect(await ownCalendar(bo)).toBeNull();
  });

  it("expands recurrences (DST, EXDATE, moved override), all-day, floating and other-zone events", async () => {
    const { slots, warnings } = await computeSlots(input({}));
    expect(warnings).toEqual([]);
    expect(byDay(slots, "Europe/Stockholm")).toEqual({
      "2027-03-29": ["09:00", "11:00", "12:00", "14:00", "15:00", "16:00"],
      "2027-03-30": ["09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"],
      "2027-03-31": ["10:00", "11:00", "12:00", "13:00", "14:00", "16:00"],
      "2027-04-02": ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"],
    });
  });

  it("answers from the cache for 5 minutes; a booking's fresh read sees an event added meanwhile", async () => {
    await computeSlots(input({}));
    await radicale.putEvent(
      annaCalendar,
      "anna",
      "late",
      vcalendar(["UID:late", "DTSTAMP:20270101T000000Z", "DTSTART:20270402T070000Z", "DTEND:20270402T080000Z"]),
    );
    const cached = await computeSlots(input({}));
    expect(byDay(cached.slots, "Europe/Stockholm")["2027-04-02"]).toContain("09:00");
    const slot = { start: new Date("2027-04-02T07:00:00Z"), end: new Date("2027-04-02T08:00:00Z") };
    const calendars = await freshCalendars([anna.id], slot.start, slot.end);
    expect(await checkSlot(read(), input({}), slot, { calendars })).toEqual({
      ok: false,
      reason: msg("slots.taken"),
    });
    forgetBusy(anna.id);
    expect(byDay((await computeSlots(input({}))).slots, "Europe/Stockholm")["2027-04-02"]).not.toContain("09:00");
  });

  it("writes, moves and removes an interview in the interviewer's calendar, with the name only by default", async () => {
    const uid = "interview-42@jobs.example.com";
    const at = { start: new Date("2027-04-05T08:00:00Z"), end: new Date("2027-04-05T09:00:00Z") };
    expect(
      await putCalendarEvent(anna.id, { uid, ...at, summary: "Interview: Kim Kandidat", details: "kim@example.com" }),
    ).toEqual({ ok: true, written: true });
    const written = await radicale.getEvent(annaCalendar, "anna", uid);
    expect(written).toContain("SUMMARY:Interview: Kim Kandidat");
    expect(written).toContain("DTSTART:20270405T080000Z");
    expect(written).not.toContain("kim@example.com");
    Object.assign(env(), { CALENDAR_DETAILS: "full" });
    try {
      await putCalendarEvent(anna.id, {
        uid,
        start: new Date("2027-04-05T12:00:00Z"),
        end: new Date("2027-04-05T13:00:00Z"),
        summary: "Interview: Kim Kandidat",
        details: "kim@example.com",
      });
    } finally {
      Object.assign(env(), { CALENDAR_DETAILS: "minimal" });
    }
    const moved = await radicale.getEvent(annaCalendar, "anna", uid);
    expect(moved).toContain("DTSTART:20270405T120000Z");
    expect(moved).toContain("DESCRIPTION:kim@example.com");
    expect(await deleteCalendarEvent(anna.id, uid)).toEqual({ ok: true, written: true });
    expect(await radicale.getEvent(annaCalendar, "anna", uid)).toBeNull();
    expect(await putCalendarEvent(bo.id, { uid, ...at, summary: "x" })).toEqual({ ok: true, written: false });
  });
});

describe("free/busy from an iCalendar feed, and calendars that cannot be read", () => {
  it("reads a weekly event in Lisbon time and combines both interviewers", async () => {
    await connectOwnCalendar(bo, { kind: "ics", url: feedUrl });
    expect(await ownCalendar(bo)).toMatchObject({ kind: "ics", host: new URL(feedUrl).host });
    const alone = await computeSlots(input({ interviewerIds: [bo.id] }));
    expect(byDay(alone.slots, "Europe/Lisbon")["2027-03-29"]).toEqual([
      "10:00",
      "11:00",
      "12:00",
      "13:00",
      "14:00",
      "15:00",
      "16:00",
    ]);
    expect(byDay(alone.slots, "Europe/Lisbon")["2027-03-30"]).toEqual([
      "09:00",
      "10:00",
      "11:00",
      "12:00",
      "13:00",
      "14:00",
      "16:00",
    ]);
    const both = await computeSlots(input({ interviewerIds: [anna.id, bo.id] }));
    expect(byDay(both.slots, "Europe/Stockholm")["2027-03-29"]).toEqual(["11:00", "12:00", "14:00", "15:00", "16:00"]);
  });

  const failing = async (answer: typeof feedAnswer) => {
    feedAnswer = answer;
    forgetBusy(bo.id);
    return computeSlots(input({ interviewerIds: [anna.id, bo.id] }));
  };

  it("an unreadable feed makes that interviewer unavailable with a warning, never free", async () => {
    const result = await failing((res) => res.writeHead(500).end("oops"));
    expect(result.slots).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        userId: bo.id,
        code: "calendar_unreadable",
        reason: expect.stringContaining("HTTP 500"),
      }),
    ]);
    const any = await computeSlots(input({ interviewerIds: [anna.id, bo.id], mode: "any" }));
    expect(any.slots.length).toBeGreaterThan(0);
    expect(any.slots.every((s) => s.interviewerIds.join() === String(anna.id))).toBe(true);
    const tested = await testOwnCalendar(bo);
    expect(tested.ok).toBe(false);
    expect(commandMessage("en", tested.message)).toContain("HTTP 500");
  });

  it("a malformed body is refused and reported", async () => {
    const result = await failing((res) =>
      res.writeHead(200).end("BEGIN:VCALENDAR\r\nthis is not: icalendar\r\n<html>"),
    );
    expect(result.warnings[0]?.reason).toMatch(/not valid iCalendar|not an iCalendar/);
    const html = await failing((res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>"));
    expect(html.warnings[0]?.reason).toMatch(/not valid iCalendar|not an iCalendar/);
  });

  it("a body over 5 MB is cut off and refused", async () => {
    const result = await failing((res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      const chunk = "X-FILLER:" + "x".repeat(1023) + "\r\n";
      for (let i = 0; i < 6 * 1024; i++) res.write(chunk);
      res.end();
    });
    expect(result.warnings[0]?.reason).toContain("more than 5 MB; refused");
  });

  it("a calendar answering slowly times out after 5 s", async () => {
    const started = Date.now();
    const result = await failing((res) => setTimeout(() => res.writeHead(200).end(boFeed), 7_000));
    expect(Date.now() - started).toBeLessThan(6_500);
    expect(result.warnings[0]?.reason).toContain("did not answer within 5 s");
  }, 15_000);

  it("follows at most 3 redirects", async () => {
    const result = await failing((res) => res.writeHead(302, { location: feedUrl }).end());
    expect(result.warnings[0]?.reason).toContain("redirects too many times");
    feedAnswer = (res) => res.writeHead(200, { "content-type": "text/calendar" }).end(boFeed);
  });
});

describe("server-side request forgery", () => {
  const refused = (url: string) =>
    readCalendar({ kind: "ics", url, username: "", password: "", timeZone: "Europe/Stockholm" }, 0, 1, false);

  it.each([
    ["loopback", "http://127.0.0.1:9/cal.ics"],
    ["a name for loopback", "http://localhost:9/cal.ics"],
    ["IPv6 loopback", "http://[::1]:9/cal.ics"],
    ["cloud metadata", "http://169.254.169.254/latest/meta-data"],
    ["a private network", "https://10.1.2.3/cal.ics"],
    ["IPv4 in IPv6", "http://[::ffff:192.168.0.1]/cal.ics"],
  ])("refuses %s unless CALENDAR_ALLOW_PRIVATE", async (_name, url) => {
    await expect(refused(url)).rejects.toThrow(/private or reserved address; refused|does not resolve/);
  });

  it("refuses CalDAV on loopback too, before sending the password", async () => {
    await expect(
      readCalendar(
        {
          kind: "caldav",
          url: radicale.url,
          username: "anna",
          password: "anna-app-password",
          timeZone: "Europe/Stockholm",
        },
        0,
        1,
        false,
      ),
    ).rejects.toThrow(/private or reserved address; refused/);
  });
});

describe("the organisation log", () => {
  it("records connecting, replacing and disconnecting a calendar by host, never the URL or the password", async () => {
    const cleo = await addUser(t.db, "recruiter", "Cleo Audit");
    await connectOwnCalendar(cleo, { kind: "ics", url: feedUrl });
    await connectOwnCalendar(cleo, {
      kind: "caldav",
      url: radicale.url,
      username: "anna",
      password: "anna-app-password",
    });
    await disconnectOwnCalendar(cleo);
    await disconnectOwnCalendar(cleo);
    const rows = (await read().select().from(auditLog).where(eq(auditLog.action, "calendar.changed")).all()).filter(
      (r) => (r.data as { userId?: number }).userId === cleo.id,
    );
    const host = new URL(radicale.url).host;
    expect(rows.map((r) => r.data)).toEqual([
      expect.objectContaining({ change: "connected", calendarKind: "ics", host: new URL(feedUrl).host }),
      expect.objectContaining({ change: "replaced", calendarKind: "caldav", host }),
      expect.objectContaining({ change: "disconnected", calendarKind: "caldav", host, email: cleo.email }),
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/secret-token|anna-app-password|basic\.ics/);
  });
});
