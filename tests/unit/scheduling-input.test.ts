import { describe, expect, it } from "vitest";
import { busyFromIcal } from "@/lib/scheduling/ical-busy";
import { availabilityInput, calendarConnectionInput } from "@/lib/validations/availability";

const cal = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", ...lines, "END:VCALENDAR", ""].join("\r\n");
const iso = (ms: number) => new Date(ms).toISOString();
const window = [Date.UTC(2027, 2, 1), Date.UTC(2027, 3, 1)] as const;

describe("interview hours and calendar connection input", () => {
  it("accepts several ranges a day and 24:00 as an end", () => {
    const ok = availabilityInput.safeParse({
      timeZone: "Europe/Lisbon",
      ranges: [
        { day: 1, start: "09:00", end: "12:00" },
        { day: 1, start: "13:00", end: "24:00" },
      ],
    });
    expect(ok.success).toBe(true);
  });

  it.each([
    ["an unknown zone", { timeZone: "Mars/Olympus_Mons", ranges: [] }, "timeZone"],
    [
      "an end before the start",
      { timeZone: "UTC", ranges: [{ day: 2, start: "12:00", end: "09:00" }] },
      "ranges.0.end",
    ],
    [
      "overlapping ranges",
      {
        timeZone: "UTC",
        ranges: [
          { day: 3, start: "09:00", end: "12:00" },
          { day: 3, start: "11:00", end: "13:00" },
        ],
      },
      "ranges.1.start",
    ],
    ["a day 8", { timeZone: "UTC", ranges: [{ day: 8, start: "09:00", end: "12:00" }] }, "ranges.0.day"],
    ["25:00", { timeZone: "UTC", ranges: [{ day: 1, start: "09:00", end: "25:00" }] }, "ranges.0.end"],
  ])("refuses %s with a message on the field", (_name, body, path) => {
    const result = availabilityInput.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("takes webcal:// as https:// and refuses other schemes and a CalDAV account without a password", () => {
    expect(calendarConnectionInput.parse({ kind: "ics", url: "webcal://calendar.example.com/x.ics" }).url).toBe(
      "https://calendar.example.com/x.ics",
    );
    expect(calendarConnectionInput.safeParse({ kind: "ics", url: "file:///etc/passwd" }).success).toBe(false);
    expect(
      calendarConnectionInput.safeParse({ kind: "caldav", url: "https://dav.example.com", username: "a", password: "" })
        .success,
    ).toBe(false);
    expect(calendarConnectionInput.safeParse({ kind: "exchange", url: "https://dav.example.com" }).success).toBe(false);
  });
});

describe("busy times from iCalendar", () => {
  it("converts a Windows zone name through its VTIMEZONE (Outlook feeds)", () => {
    const text = cal(
      "BEGIN:VTIMEZONE",
      "TZID:W. Europe Standard Time",
      "BEGIN:STANDARD",
      "DTSTART:16010101T030000",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:16010101T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTAMP:20270101T000000Z",
      "DTSTART;TZID=W. Europe Standard Time:20270329T100000",
      "DTEND;TZID=W. Europe Standard Time:20270329T110000",
      "END:VEVENT",
    );
    expect(busyFromIcal([text], ...window, "Europe/Lisbon").map((s) => iso(s.start))).toEqual([
      "2027-03-29T08:00:00.000Z",
    ]);
  });

  it("expands a weekly event across the DST change at the same wall time, skipping EXDATE", () => {
    const text = cal(
      "BEGIN:VEVENT",
      "UID:w",
      "DTSTAMP:20270101T000000Z",
      "DTSTART;TZID=Europe/Helsinki:20270315T090000",
      "DURATION:PT30M",
      "RRULE:FREQ=WEEKLY;COUNT=3",
      "EXDATE;TZID=Europe/Helsinki:20270322T090000",
      "END:VEVENT",
    );
    expect(busyFromIcal([text], ...window, "UTC").map((s) => iso(s.start))).toEqual([
      "2027-03-15T07:00:00.000Z",
      "2027-03-29T06:00:00.000Z",
    ]);
  });

  it("refuses an event that repeats too often to read, rather than calling the time free", () => {
    const text = cal(
      "BEGIN:VEVENT",
      "UID:m",
      "DTSTAMP:20000101T000000Z",
      "DTSTART:20000101T000000Z",
      "DURATION:PT1M",
      "RRULE:FREQ=MINUTELY",
      "END:VEVENT",
    );
    expect(() => busyFromIcal([text], ...window, "UTC")).toThrow("repeats too often");
  });

  it("refuses text that is not iCalendar", () => {
    expect(() => busyFromIcal(["<html>sign in</html>"], ...window, "UTC")).toThrow(/iCalendar/);
    expect(() => busyFromIcal([""], ...window, "UTC")).toThrow(/iCalendar/);
  });
});
