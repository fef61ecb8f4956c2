import { byCandidate } from "@/lib/events/record";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/api/staff/reports.csv/route";
import { getReport, type Report } from "@/lib/reports/report";
import { reportQuery } from "@/lib/validations/reports";
import { parseOrThrow } from "@/lib/validations/parse";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import { setOwnLocale } from "@/lib/users/locale";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { addHistory, addInterview, DAY, HOUR } from "../helpers/history";

/**
 * A small history with every figure worked out by hand (see the comments beside each app).
 * Period: June 2026 (Monday 1 June is ISO week 23). "Now" is 30 June, noon UTC.
 */
const NOW = Date.UTC(2026, 5, 30, 12);
const T0 = Date.UTC(2026, 5, 1, 9);
const JUNE = { from: "2026-06-01", to: "2026-06-30" };

let t: TestData;
let recruiter: TestUser;
let manager: TestUser;
const apps: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter", "Rita Recruiter");
  manager = await addUser(t.db, "hiring_manager", "Ines Interviewer");
  const olle = await addUser(t.db, "recruiter", "Olle Slow");
  // A1: applied 10 h, initial call 20 h, manager 40 h, then rejected (must-haves) there.
  apps.a1 = await addHistory(t.db, {
    created: T0,
    source: "linkedin",
    steps: [
      { at: T0 + 10 * HOUR, kind: "moved", to: "initial_call" },
      { at: T0 + 30 * HOUR, kind: "moved", to: "manager_meeting" },
      { at: T0 + 70 * HOUR, kind: "rejected", reason: "must_haves" },
    ],
  });
  // A2: applied 30 h, initial call 10 h, manager 4 h, moved back to the initial call (still open).
  const c2 = T0 + DAY;
  apps.a2 = await addHistory(t.db, {
    created: c2,
    source: "linkedin",
    steps: [
      { at: c2 + 30 * HOUR, kind: "moved", to: "initial_call" },
      { at: c2 + 40 * HOUR, kind: "moved", to: "manager_meeting" },
      { at: c2 + 44 * HOUR, kind: "moved", to: "initial_call" },
    ],
  });
  // A3: every stage (20, 30, 50, 60, 10, 30 h), hired 200 h after applying (11 June, week 24).
  const c3 = T0 + 2 * DAY;
  apps.a3 = await addHistory(t.db, {
    created: c3,
    source: "friend",
    steps: [
      { at: c3 + 20 * HOUR, kind: "moved", to: "initial_call" },
      { at: c3 + 50 * HOUR, kind: "moved", to: "manager_meeting" },
      { at: c3 + 100 * HOUR, kind: "moved", to: "technical_interviews" },
      { at: c3 + 160 * HOUR, kind: "moved", to: "decision" },
      { at: c3 + 170 * HOUR, kind: "moved", to: "references" },
      { at: c3 + 200 * HOUR, kind: "hired" },
    ],
  });
  // A4 (week 24, no source): withdrew from Applied after 50 h. A5: rejected (not in the EU) after 2 h. A6: waiting in Applied.
  apps.a4 = await addHistory(t.db, {
    created: T0 + 7 * DAY,
    source: null,
    steps: [{ at: T0 + 7 * DAY + 50 * HOUR, kind: "withdrawn" }],
  });
  apps.a5 = await addHistory(t.db, {
    created: T0 + 8 * DAY,
    source: "github",
    steps: [{ at: T0 + 8 * DAY + 2 * HOUR, kind: "rejected", reason: "not_eu" }],
  });
  apps.a6 = await addHistory(t.db, { created: T0 + 9 * DAY, source: "linkedin", steps: [] });
  // A7 applied in May (outside the cohort) and was hired on 15 June (week 25): only the weekly hires see it.
  const may = Date.UTC(2026, 4, 20, 9);
  apps.a7 = await addHistory(t.db, {
    created: may,
    source: "friend",
    steps: [
      { at: Date.UTC(2026, 5, 14, 9), kind: "moved", to: "references" },
      { at: Date.UTC(2026, 5, 15, 9), kind: "hired" },
    ],
  });

  // Interviews of A3: Ines 5 h and 13 h after the end; Olle 30 h (overdue) and one never submitted (overdue, waiting).
  const end1 = c3 + 61 * HOUR;
  await addInterview(t.db, {
    applicationId: apps.a3,
    stage: "manager_meeting",
    createdBy: recruiter.id,
    created: c3,
    startsAt: end1 - HOUR,
    panel: [
      { userId: manager.id, submittedAt: end1 + 5 * HOUR },
      { userId: olle.id, submittedAt: end1 + 30 * HOUR },
    ],
  });
  const end2 = c3 + 110 * HOUR; // no time set: the booking time counts as the end
  await addInterview(t.db, {
    applicationId: apps.a3,
    stage: "technical_interviews",
    createdBy: recruiter.id,
    created: end2,
    panel: [{ userId: manager.id, submittedAt: end2 + 13 * HOUR }, { userId: olle.id }],
  });
  // Left out: a cancelled interview, one outside the cohort, one that has not happened yet.
  await addInterview(t.db, {
    applicationId: apps.a3,
    stage: "technical_interviews",
    createdBy: recruiter.id,
    created: end2,
    cancelled: true,
    panel: [{ userId: olle.id }],
  });
  await addInterview(t.db, {
    applicationId: apps.a7,
    stage: "references",
    createdBy: recruiter.id,
    created: may,
    panel: [{ userId: olle.id }],
  });
  await addInterview(t.db, {
    applicationId: apps.a6,
    stage: "initial_call",
    createdBy: recruiter.id,
    created: NOW - DAY,
    startsAt: NOW + 2 * DAY,
    panel: [{ userId: manager.id }],
  });
});
afterAll(() => t.cleanup());

const june = async (job?: string): Promise<Report> =>
  await getReport(recruiter, { ...JUNE, ...(job ? { job } : {}) }, NOW);
const byKey = <T extends { key: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.key, r]));

describe("report figures on a known history", () => {
  it("counts the applications received in the period, not the one from May", async () => {
    expect((await june()).received).toBe(6);
  });

  it("funnel: reached each stage by the furthest stage entered, with conversions to the next", async () => {
    const f = (await june()).funnel;
    expect(f.map((s) => [s.key, s.reached])).toEqual([
      ["applied", 6],
      ["initial_call", 3],
      ["manager_meeting", 3],
      ["technical_interviews", 1],
      ["decision", 1],
      ["references", 1],
      ["hired", 1],
    ]);
    expect(f.map((s) => s.toNext)).toEqual([0.5, 1, 1 / 3, 1, 1, 1, null]);
    expect(f[1]!.share).toBe(0.5);
  });

  it("time in stage: median and 90th percentile of completed stays", async () => {
    const s = byKey((await june()).stageTimes);
    expect(s.applied).toMatchObject({ count: 5, median: 20, p90: 42 });
    expect(s.initial_call).toMatchObject({ count: 3, median: 20, p90: 28 });
    expect(s.manager_meeting).toMatchObject({ count: 3, median: 40, p90: 48 });
    expect(s.technical_interviews).toMatchObject({ count: 1, median: 60, p90: 60 });
    expect(s.decision).toMatchObject({ count: 1, median: 10 });
    expect(s.references).toMatchObject({ count: 1, median: 30 });
  });

  it("time to hire: applying to the hired event", async () => {
    expect((await june()).timeToHire).toEqual({ count: 1, median: 200, p90: 200 });
  });

  it("drop-off: rejection reasons and withdrawals at the stage where they happened", async () => {
    const d = (await june()).dropOff;
    expect(d.total).toBe(3);
    expect(d.withdrawn).toBe(1);
    expect(Object.fromEntries(d.reasons.map((r) => [r.key, r.count]))).toEqual({
      must_haves: 1,
      not_eu: 1,
      withdrew: 0,
      position_filled: 0,
      other: 0,
    });
    const stages = byKey(d.stages);
    expect(stages.applied).toMatchObject({ withdrawn: 1, total: 2, rejected: expect.objectContaining({ not_eu: 1 }) });
    expect(stages.manager_meeting).toMatchObject({
      withdrawn: 0,
      total: 1,
      rejected: expect.objectContaining({ must_haves: 1 }),
    });
  });

  it("sources: applications, share past screening and share hired, biggest first", async () => {
    expect((await june()).sources.map((l) => [l.source, l.applications, l.pastScreening, l.hired])).toEqual([
      ["linkedin", 3, 2, 0],
      ["friend", 1, 1, 1],
      ["github", 1, 0, 0],
      ["not_given", 1, 0, 0],
    ]);
    expect((await june()).sources[0]!.pastScreeningRate).toBeCloseTo(2 / 3);
    expect((await june()).sources[1]).toMatchObject({ label: "A friend or colleague", hiredRate: 1 });
  });

  it("feedback turnaround per interviewer and overall, with overdue and missing scorecards", async () => {
    const { overall, interviewers } = (await june()).feedback;
    expect(interviewers.map((i) => i.name)).toEqual(["Ines Interviewer", "Olle Slow"]);
    expect(interviewers[0]).toMatchObject({ submitted: 2, median: 9, overdue: 0, waiting: 0 });
    expect(interviewers[0]!.p90).toBeCloseTo(12.2);
    expect(interviewers[1]).toEqual({ name: "Olle Slow", submitted: 1, median: 30, p90: 30, overdue: 2, waiting: 1 });
    expect(overall).toMatchObject({ submitted: 3, median: 13, overdue: 2, waiting: 1 });
    expect(overall.p90).toBeCloseTo(26.6);
  });

  it("weeks: received per ISO week and hires by the week they happened", async () => {
    expect((await june()).weeks.map((w) => [w.week, w.monday, w.received, w.hired])).toEqual([
      ["2026-W23", "2026-06-01", 3, 0],
      ["2026-W24", "2026-06-08", 3, 1],
      ["2026-W25", "2026-06-15", 0, 1],
      ["2026-W26", "2026-06-22", 0, 0],
      ["2026-W27", "2026-06-29", 0, 0],
    ]);
  });

  it("one job and all jobs agree when only that job has applications; an unknown job is a 404", async () => {
    const { job, ...one } = await june("cloud-engineer");
    const { job: none, ...all } = await june();
    expect(job?.slug).toBe("cloud-engineer");
    expect(none).toBeNull();
    expect(one).toEqual(all);
    await expect(june("no-such-job")).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("defaults to the last 90 days and refuses a period that ends before it starts", async () => {
    expect(await getReport(recruiter, {}, NOW)).toMatchObject({ from: "2026-04-02", to: "2026-06-30", received: 7 });
    await expect(getReport(recruiter, { from: "2026-06-10", to: "2026-06-01" }, NOW)).rejects.toThrow(
      expect.objectContaining({ code: "invalid" }),
    );
    // A date that does not exist is the schema's to refuse, as the page and the CSV route parse it first.
    expect(() => parseOrThrow(reportQuery, { from: "2026-02-31" })).toThrow(
      expect.objectContaining({ code: "invalid" }),
    );
  });
});

describe("erased candidates still count", () => {
  it("erasing a rejected and a hired candidate changes no figure", async () => {
    const before = await june();
    await anonymiseApplications([apps.a1!, apps.a3!], { actor: byCandidate, kind: "erased" });
    expect(await june()).toEqual(before);
  });

  it("erasing an active application counts as its withdrawal, and nothing else moves", async () => {
    const before = await june();
    await anonymiseApplications([apps.a6!], { actor: byCandidate, kind: "erased" });
    const after = await june();
    expect(after.dropOff.withdrawn).toBe(before.dropOff.withdrawn + 1);
    expect(after.funnel).toEqual(before.funnel);
    expect(after.sources).toEqual(before.sources);
    expect(byKey(after.stageTimes).applied!.count).toBe(6);
  });
});

describe("who may see reports", () => {
  it("refuses a hiring manager (403) and a signed-out visitor (401)", async () => {
    await expect(getReport(manager, JUNE, NOW)).rejects.toThrow(expect.objectContaining({ code: "forbidden" }));
    await expect(getReport(null, JUNE, NOW)).rejects.toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect((await callStaff(csvRoute, { path: "/api/staff/reports.csv" })).status).toBe(401);
    expect(
      (await callStaff(csvRoute, { path: "/api/staff/reports.csv", cookie: await sessionCookie(manager.id) })).status,
    ).toBe(403);
  });

  it("gives a recruiter the CSV as an attachment with every section", async () => {
    const res = await callStaff(csvRoute, {
      path: "/api/staff/reports.csv?job=cloud-engineer&from=2026-06-01&to=2026-06-30",
      cookie: await sessionCookie(recruiter.id),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="rekry-report-cloud-engineer-2026-06-01-2026-06-30.csv"/,
    );
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe("section,item,measure,value");
    for (const line of [
      "funnel,Applied,reached,6",
      "funnel,Hired,reached,1",
      "time to hire,hires,median hours,200",
      "sources,LinkedIn,applications,3",
      "weeks,2026-W24,hired,1",
    ]) {
      expect(text).toContain(line);
    }
  });

  it("gives a Swedish recruiter the CSV in Swedish, for a Swedish spreadsheet, and an English one in English", async () => {
    const path = "/api/staff/reports.csv?job=cloud-engineer&from=2026-06-01&to=2026-06-30";
    const english = await callStaff(csvRoute, { path, cookie: await sessionCookie(recruiter.id) });
    const sara = await addUser(t.db, "recruiter", "Sara Svensson");
    await setOwnLocale(sara, "sv");
    const swedish = await callStaff(csvRoute, { path, cookie: await sessionCookie(sara.id) });
    expect(swedish.status).toBe(200);
    const [enBytes, svBytes] = [
      new Uint8Array(await english.arrayBuffer()),
      new Uint8Array(await swedish.arrayBuffer()),
    ];
    // A UTF-8 byte order mark first in both, so Excel opens å, ä and ö as written.
    expect([...enBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...svBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split("\r\n").filter(Boolean);
    const [en, sv] = [lines(enBytes), lines(svBytes)];
    expect(en[0]).toBe("section,item,measure,value");
    expect(sv[0]).toBe("avsnitt;post;mått;värde");
    for (const line of [
      "tratt;Applied;nådde steget;6",
      "tratt;Anställd;nådde steget;1",
      "tid till anställning;anställningar;median, timmar;200",
      "källor;LinkedIn;ansökningar;3",
      "vecka för vecka;2026-W24;anställda;1",
      "urval;Cloud Engineer;från;2026-06-01",
    ]) {
      expect(sv).toContain(line);
    }
    expect(sv.some((l) => l.startsWith("bortfall;") && l.includes(";avslag: Uppfyller inte skallkraven;"))).toBe(true);
    // Same figures, row for row: only the decimal mark differs, and some figures have decimals.
    expect(sv).toHaveLength(en.length);
    const values = (rows: string[], separator: string) => rows.slice(1).map((r) => r.split(separator).at(-1));
    expect(values(sv, ";")).toEqual(values(en, ",").map((v) => v?.replace(".", ",")));
    expect(values(sv, ";").some((v) => /^\d+,\d+$/.test(v ?? ""))).toBe(true);
  });

  it("answers 400 with field errors for a bad date", async () => {
    const res = await callStaff(csvRoute, {
      path: "/api/staff/reports.csv?from=yesterday",
      cookie: await sessionCookie(recruiter.id),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors.from).toBeTruthy();
  });
});
