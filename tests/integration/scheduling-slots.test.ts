import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/command-text";
import { write } from "@/db";
import { applications, interviewers, interviews } from "@/db/schema";
import { saveOwnAvailability } from "@/lib/scheduling/availability";
import { checkSlot, computeSlots, type SlotInput } from "@/lib/scheduling/slots";
import { read } from "@/db";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let stockholm: TestUser, lisbon: TestUser, unset: TestUser;
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
const now = new Date("2027-01-01T00:00:00Z");

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [stockholm, lisbon, unset] = await Promise.all([
    addUser(t.db, "recruiter", "Sara Stockholm"),
    addUser(t.db, "hiring_manager", "Luis Lisbon"),
    addUser(t.db, "hiring_manager", "Una Unset"),
  ]);
  await saveOwnAvailability(stockholm, {
    timeZone: "Europe/Stockholm",
    ranges: [...weekdays("09:00", "12:00"), ...weekdays("13:00", "17:00"), { day: 7, start: "00:00", end: "06:00" }],
  });
  await saveOwnAvailability(lisbon, { timeZone: "Europe/Lisbon", ranges: weekdays("09:00", "17:00") });
}, 30_000);
afterAll(() => t.cleanup());

const base = (over: Partial<SlotInput>): SlotInput => ({
  interviewerIds: [stockholm.id],
  mode: "all",
  durationMin: 60,
  from: new Date("2027-03-26T00:00:00Z"),
  to: new Date("2027-03-30T00:00:00Z"),
  minNoticeMin: 24 * 60,
  bufferMin: 0,
  now,
  ...over,
});

const hhmm = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
const isoDay = (d: Date, timeZone: string) => new Intl.DateTimeFormat("sv-SE", { timeZone }).format(d);

describe("slots from weekly hours across daylight saving changes", () => {
  it("offers 09:00 local on both sides of the last Sunday of March in Stockholm (08:00Z, then 07:00Z)", async () => {
    const { slots } = await computeSlots(base({}));
    const first = (day: string) => slots.find((s) => isoDay(s.start, "Europe/Stockholm") === day)!;
    expect(first("2027-03-26").start.toISOString()).toBe("2027-03-26T08:00:00.000Z");
    expect(first("2027-03-29").start.toISOString()).toBe("2027-03-29T07:00:00.000Z");
    for (const s of slots.filter((s) => isoDay(s.start, "Europe/Stockholm") !== "2027-03-28")) {
      const local = hhmm(s.start, "Europe/Stockholm");
      expect(local >= "09:00" && local <= "16:00" && !(local > "11:00" && local < "13:00")).toBe(true);
    }
  });

  it("a night range on the spring change day is an hour shorter, on the autumn one an hour longer", async () => {
    const sunday = (from: string, to: string) =>
      computeSlots(base({ from: new Date(from), to: new Date(to), stepMin: 60 })).then((r) =>
        r.slots.filter((s) => s.start.getUTCDay() === 6 || s.start.getUTCDay() === 0),
      );
    // 00:00-06:00 on 28 March 2027 lasts 5 hours (02:00 does not exist), on 31 October 7 hours.
    expect(await sunday("2027-03-27T12:00:00Z", "2027-03-28T12:00:00Z")).toHaveLength(5);
    expect(await sunday("2027-10-30T12:00:00Z", "2027-10-31T12:00:00Z")).toHaveLength(7);
  });

  it("Stockholm and Lisbon together overlap 10:00-17:00 Stockholm time, 11:00-18:00 for a candidate in Helsinki", async () => {
    const { slots } = await computeSlots(
      base({
        interviewerIds: [stockholm.id, lisbon.id],
        from: new Date("2027-10-29T00:00:00Z"),
        to: new Date("2027-11-02T00:00:00Z"),
      }),
    );
    const friday = slots.filter((s) => isoDay(s.start, "Europe/Stockholm") === "2027-10-29");
    const monday = slots.filter((s) => isoDay(s.start, "Europe/Stockholm") === "2027-11-01");
    for (const day of [friday, monday]) {
      expect(day.map((s) => hhmm(s.start, "Europe/Helsinki"))).toEqual([
        "11:00",
        "11:30",
        "12:00",
        "14:00",
        "14:30",
        "15:00",
        "15:30",
        "16:00",
        "16:30",
        "17:00",
      ]);
      expect(day.every((s) => s.interviewerIds.length === 2)).toBe(true);
    }
    expect(monday[0]!.start.toISOString()).toBe("2027-11-01T09:00:00.000Z");
    expect(friday[0]!.start.toISOString()).toBe("2027-10-29T08:00:00.000Z");
  });

  it("an interviewer who has not set hours gets Monday-Friday 09-17 Stockholm with a warning", async () => {
    const { slots, warnings } = await computeSlots(base({ interviewerIds: [unset.id] }));
    expect(warnings).toEqual([expect.objectContaining({ userId: unset.id, code: "default_hours" })]);
    expect(slots[0]!.start.toISOString()).toBe("2027-03-26T08:00:00.000Z");
  });
});

describe("busy times, buffer, notice and choice of interviewers", () => {
  let interviewId = 0;
  beforeAll(async () => {
    const res = await apply(validFields());
    const applicationId = ((await res.json()) as { id: number }).id;
    const app = await read().select().from(applications).where(eq(applications.id, applicationId)).get();
    interviewId = await write(async (tx) => {
      const [row] = await tx
        .insert(interviews)
        .values({
          applicationId,
          stageId: app!.stageId,
          kind: "technical",
          startsAt: new Date("2027-03-29T08:00:00Z"),
          durationMinutes: 60,
          createdByUserId: stockholm.id,
          updatedAt: new Date(),
        })
        .returning({ id: interviews.id })
        .all();
      await tx.insert(interviewers).values({ interviewId: row!.id, userId: stockholm.id }).run();
      return row!.id;
    });
  });

  const monday = { from: new Date("2027-03-29T00:00:00Z"), to: new Date("2027-03-30T00:00:00Z") };

  it("a planned interview and its buffer block the slots around it", async () => {
    const starts = async (bufferMin: number, excludeInterviewId?: number) =>
      (await computeSlots(base({ ...monday, bufferMin, excludeInterviewId }))).slots.map((s) =>
        hhmm(s.start, "Europe/Stockholm"),
      );
    expect((await starts(0)).slice(0, 3)).toEqual(["09:00", "11:00", "13:00"]);
    expect((await starts(15)).slice(0, 2)).toEqual(["13:00", "13:30"]);
    expect((await starts(0, interviewId)).slice(0, 2)).toEqual(["09:00", "09:30"]);
  });

  it("minimum notice hides starts too soon", async () => {
    const { slots } = await computeSlots(
      base({ ...monday, interviewerIds: [lisbon.id], now: new Date("2027-03-28T08:10:00Z") }),
    );
    expect(slots[0]!.start.toISOString()).toBe("2027-03-29T08:30:00.000Z");
  });

  it('"any 1 of" prefers the interviewer with fewer interviews and falls back to the other', async () => {
    const { slots } = await computeSlots(
      base({ ...monday, interviewerIds: [stockholm.id, lisbon.id], mode: "any", anyCount: 1 }),
    );
    const at = (iso: string) => slots.find((s) => s.start.toISOString() === iso);
    expect(at("2027-03-29T07:00:00.000Z")?.interviewerIds).toEqual([stockholm.id]);
    expect(at("2027-03-29T09:00:00.000Z")?.interviewerIds).toEqual([lisbon.id]);
    expect(at("2027-03-29T08:00:00.000Z")?.interviewerIds).toEqual([lisbon.id]);
  });

  it("checkSlot accepts an offered slot and refuses taken, tampered, off-grid and out-of-window ones", async () => {
    const input = base(monday);
    const check = (iso: string, minutes = 60) =>
      checkSlot(
        read(),
        input,
        { start: new Date(iso), end: new Date(new Date(iso).getTime() + minutes * 60_000) },
        { calendars: new Map() },
      );
    expect(await check("2027-03-29T07:00:00Z")).toEqual({ ok: true, interviewerIds: [stockholm.id] });
    expect(await check("2027-03-29T08:00:00Z")).toMatchObject({ ok: false, reason: msg("slots.taken") });
    expect(await check("2027-03-29T07:10:00Z")).toMatchObject({ ok: false, reason: msg("slots.notOffered") });
    expect(await check("2027-03-29T07:00:00Z", 90)).toMatchObject({
      ok: false,
      reason: msg("slots.otherLength"),
    });
    expect(await check("2027-03-30T07:00:00Z")).toMatchObject({ ok: false, reason: msg("slots.outsideWindow") });
    expect(await check("2027-03-29T05:00:00Z")).toMatchObject({ ok: false, reason: msg("slots.taken") });
  });
});
