import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, interviews, outbox, scorecardRevisions, scorecards } from "@/db/schema";
import * as interviewsRoute from "@/app/api/staff/applications/[id]/interviews/route";
import * as scorecardsRoute from "@/app/api/staff/applications/[id]/scorecards/route";
import * as applicationRoute from "@/app/api/staff/applications/[id]/route";
import * as ownRoute from "@/app/api/staff/interviews/[id]/scorecard/route";
import * as submitRoute from "@/app/api/staff/interviews/[id]/scorecard/submit/route";
import * as amendRoute from "@/app/api/staff/interviews/[id]/scorecard/amend/route";
import * as inviteRoute from "@/app/api/staff/interviews/[id]/invite.ics/route";
import * as cvRoute from "@/app/api/staff/applications/[id]/cv/route";
import { moveApplication } from "@/lib/applications/move-application";
import { getApplicationDetail } from "@/lib/applications/detail";
import { scorecardsFor } from "@/lib/feedback/visibility";
import { saveDraft, submitScorecard } from "@/lib/feedback/scorecards";
import { cancelInterview } from "@/lib/feedback/interviews";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields, type Fields } from "../helpers/intake";

let t: TestData;
let recruiter: TestUser, anna: TestUser, bo: TestUser, outsider: TestUser;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, PUBLIC_URL: "https://jobs.example.com" });
  [recruiter, anna, bo, outsider] = await Promise.all([
    addUser(t.db, "recruiter", "Rita Recruiter"),
    addUser(t.db, "hiring_manager", "Anna Manager"),
    addUser(t.db, "hiring_manager", "Bo Engineer"),
    addUser(t.db, "hiring_manager", "Olle Outsider"),
  ]);
  for (const u of [recruiter, anna, bo, outsider]) cookie[u.name] = await sessionCookie(u.id);
}, 30_000);
afterAll(() => t.cleanup());

const emailOf = new Map<number, string>();

async function applicationIn(stage: string, name = "Kim Kandidat"): Promise<number> {
  const fields: Fields = { ...validFields(), fullName: name };
  const res = await apply(fields);
  const id = ((await res.json()) as { id: number }).id;
  await moveApplication(recruiter, id, { to: stage, version: 1 });
  emailOf.set(id, String(fields.email));
  return id;
}

async function plan(applicationId: number, body: unknown, who = recruiter) {
  return callStaff(interviewsRoute.POST, {
    method: "POST",
    cookie: cookie[who.name],
    params: { id: String(applicationId) },
    body,
  });
}

const draftOf = (rating: number, recommendation: string, feedback = "") => ({
  ratings: { kubernetes: rating, linux_cloud_native: rating },
  attributeNotes: { kubernetes: "Ran clusters at a hoster." },
  recommendation,
  notes: "Solid answers.",
  candidateFeedback: feedback,
});

describe("planning an interview", () => {
  it("answers 201 with the id, assigns the interviewers, records the event and notifies everyone with an invite", async () => {
    const id = await applicationIn("technical_interviews");
    const res = await plan(id, {
      kind: "system_design",
      interviewers: [anna.email.toUpperCase(), bo.email],
      startsAt: "2026-12-01T09:00:00Z",
      videoUrl: "https://meet.example.com/abc",
    });
    expect(res.status).toBe(201);
    const { id: interviewId } = (await res.json()) as { id: number };
    expect(interviewId).toBeGreaterThan(0);
    const mails = (await t.db.read().select().from(outbox).where(eq(outbox.applicationId, id)).all()).filter((m) =>
      m.kind.startsWith("interview"),
    );
    expect(mails.map((m) => m.toAddress).sort()).toEqual([anna.email, bo.email, emailOf.get(id)].sort());
    for (const m of mails) {
      expect(m.attachments?.[0]?.content).toContain("BEGIN:VCALENDAR");
      expect(m.attachments?.[0]?.content).toContain("DTSTART:20261201T090000Z");
    }
    expect(mails.find((m) => m.toAddress === emailOf.get(id))!.kind).toBe("interview_planned");
    expect(mails.find((m) => m.toAddress === anna.email)!.text).toContain(
      `https://jobs.example.com/staff/interviews/${interviewId}`,
    );
    const event = (
      await t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).all()
    ).find((e) => e.kind === "interview_planned");
    expect(event?.data).toMatchObject({ interviewId, interviewKind: "system_design" });
  });

  it("refuses bad input with 400 naming each field, and stores nothing", async () => {
    const id = await applicationIn("manager_meeting");
    const before = (await t.db.read().select({ n: count() }).from(interviews).get())!.n;
    const res = await plan(id, {
      kind: "coffee",
      interviewers: [],
      startsAt: "tomorrow",
      videoUrl: "http://insecure.example.com",
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(Object.keys(body.errors).sort()).toEqual(["interviewers", "kind", "startsAt", "videoUrl"]);
    const unknown = await plan(id, { kind: "manager_meeting", interviewers: ["nobody@example.com"] });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: Record<string, string> }).errors.interviewers).toContain(
      "nobody@example.com",
    );
    expect((await t.db.read().select({ n: count() }).from(interviews).get())!.n).toBe(before);
  });

  it("refuses with 422 outside the manager meeting and technical stages, and 403 for hiring managers", async () => {
    const early = await applicationIn("initial_call");
    expect((await plan(early, { kind: "manager_meeting", interviewers: [anna.email] })).status).toBe(422);
    const id = await applicationIn("manager_meeting");
    expect((await plan(id, { kind: "manager_meeting", interviewers: [anna.email] }, anna)).status).toBe(403);
  });
});

describe("who may see an application", () => {
  it("lets an assigned hiring manager see it (detail, CV, API) and answers 404 to one not assigned", async () => {
    const id = await applicationIn("manager_meeting", "Vera Synlig");
    await expect(getApplicationDetail(anna, id)).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
    await plan(id, { kind: "manager_meeting", interviewers: [anna.email] });
    expect((await getApplicationDetail(anna, id)).candidate.name).toBe("Vera Synlig");
    expect(
      (await callStaff(applicationRoute.GET, { cookie: cookie[anna.name], params: { id: String(id) } })).status,
    ).toBe(200);
    expect((await callStaff(cvRoute.GET, { cookie: cookie[anna.name], params: { id: String(id) } })).status).toBe(200);
    for (const route of [applicationRoute.GET, cvRoute.GET, scorecardsRoute.GET, interviewsRoute.GET]) {
      expect((await callStaff(route, { cookie: cookie[outsider.name], params: { id: String(id) } })).status).toBe(404);
    }
    await expect(getApplicationDetail(outsider, id)).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
  });
});

describe("scorecards: drafts, submission, amends and the blind rule", () => {
  let applicationId: number;
  let interviewId: number;

  beforeAll(async () => {
    applicationId = await applicationIn("technical_interviews", "Blind Test");
    const res = await plan(applicationId, {
      kind: "programming",
      interviewers: [anna.email, bo.email],
      startsAt: "2026-01-10T10:00:00Z",
    });
    interviewId = ((await res.json()) as { id: number }).id;
  });

  const own = (who: TestUser, route = ownRoute.GET, method = "GET", body?: unknown) =>
    callStaff(route, { method, cookie: cookie[who.name], params: { id: String(interviewId) }, body });
  const visible = async (who: TestUser) =>
    (await (
      await callStaff(scorecardsRoute.GET, { cookie: cookie[who.name], params: { id: String(applicationId) } })
    ).json()) as { scorecards: { interviewer: { name: string }; notes: string; status: string }[]; blind: boolean };

  it("saves drafts as PUTs, returning the caller's own card and refusing unknown attributes or ratings off the scale", async () => {
    const res = await own(anna, ownRoute.PUT, "PUT", draftOf(3, "yes"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "draft", ratings: { kubernetes: 3 }, recommendation: "yes" });
    expect((await own(anna, ownRoute.PUT, "PUT", { ratings: { juggling: 3 } })).status).toBe(400);
    expect((await own(anna, ownRoute.PUT, "PUT", { ratings: { kubernetes: 5 } })).status).toBe(400);
    expect(((await (await own(anna)).json()) as { ratings: Record<string, number> }).ratings.kubernetes).toBe(3);
  });

  it("refuses a scorecard to someone who is not an interviewer (403 for a recruiter, 404 for an outsider)", async () => {
    expect((await own(recruiter)).status).toBe(403);
    expect((await own(outsider)).status).toBe(404);
  });

  it("keeps others' scorecards hidden until the viewer has submitted their own, in the API and in the page data", async () => {
    await own(bo, ownRoute.PUT, "PUT", draftOf(1, "strong_no", "Practise explaining trade-offs aloud."));
    expect(
      (
        await callStaff(submitRoute.POST, {
          method: "POST",
          cookie: cookie[bo.name],
          params: { id: String(interviewId) },
        })
      ).status,
    ).toBe(200);
    // Anna has only a draft: she sees her own draft and nothing of Bo's.
    const annaBefore = await visible(anna);
    expect(annaBefore.blind).toBe(true);
    expect(annaBefore.scorecards.map((s) => s.interviewer.name)).toEqual(["Anna Manager"]);
    expect(
      (await scorecardsFor(anna, applicationId)).scorecards.every((s) => s.interviewer.name === "Anna Manager"),
    ).toBe(true);
    // The recruiter sees Bo's submitted card, never Anna's draft.
    expect((await visible(recruiter)).scorecards.map((s) => `${s.interviewer.name}:${s.status}`)).toEqual([
      "Bo Engineer:submitted",
    ]);
    // Bo submitted, so Bo sees his own; Anna's draft stays private.
    expect((await visible(bo)).scorecards.map((s) => s.interviewer.name)).toEqual(["Bo Engineer"]);

    expect(
      (
        await callStaff(submitRoute.POST, {
          method: "POST",
          cookie: cookie[anna.name],
          params: { id: String(interviewId) },
        })
      ).status,
    ).toBe(200);
    const annaAfter = await visible(anna);
    expect(annaAfter.blind).toBe(false);
    expect(annaAfter.scorecards.map((s) => s.interviewer.name).sort()).toEqual(["Anna Manager", "Bo Engineer"]);
    expect((await visible(bo)).scorecards).toHaveLength(2);
  });

  it("refuses to submit without a recommendation (422) and a second submission (409)", async () => {
    const other = await applicationIn("manager_meeting");
    const res = await plan(other, { kind: "manager_meeting", interviewers: [bo.email] });
    const iid = ((await res.json()) as { id: number }).id;
    const submit = () =>
      callStaff(submitRoute.POST, { method: "POST", cookie: cookie[bo.name], params: { id: String(iid) } });
    expect((await submit()).status).toBe(422);
    await callStaff(ownRoute.PUT, {
      method: "PUT",
      cookie: cookie[bo.name],
      params: { id: String(iid) },
      body: draftOf(2, "no"),
    });
    expect((await submit()).status).toBe(200);
    expect((await submit()).status).toBe(409);
    expect(
      (
        await callStaff(ownRoute.PUT, {
          method: "PUT",
          cookie: cookie[bo.name],
          params: { id: String(iid) },
          body: draftOf(4, "yes"),
        })
      ).status,
    ).toBe(409);
  });

  it("never records a submission after the interview's cancel: the checks run inside the write", async () => {
    const other = await applicationIn("manager_meeting", "Race Test");
    const res = await plan(other, { kind: "manager_meeting", interviewers: [bo.email] });
    const iid = ((await res.json()) as { id: number }).id;
    await saveDraft(bo, iid, { ...draftOf(3, "yes"), recommendation: "yes" });
    // Both at once: the cancel's write is asked for while the submission may still be checking.
    // Either the submission comes first, or it is refused; checked before its write and written
    // after the cancel, it was stored on a cancelled interview.
    const [submitted, cancelled] = await Promise.allSettled([
      submitScorecard(bo, iid),
      cancelInterview(recruiter, iid),
    ]);
    expect(cancelled.status).toBe("fulfilled");
    const kinds = (
      await t.db
        .read()
        .select({ kind: applicationEvents.kind })
        .from(applicationEvents)
        .where(eq(applicationEvents.applicationId, other))
        .orderBy(applicationEvents.id)
        .all()
    ).map((e) => e.kind);
    // On PostgreSQL both run SERIALIZABLE, so whatever happens is some serial order, and ids are
    // handed out before commit (they do not show that order); on SQLite they do.
    if (!onPostgres) expect(kinds.slice(kinds.indexOf("interview_cancelled"))).not.toContain("scorecard_submitted");
    expect(submitted.status === "fulfilled").toBe(kinds.includes("scorecard_submitted"));
  });

  it("amends a submitted scorecard keeping every earlier version, with the reason", async () => {
    const res = await own(anna, amendRoute.POST, "POST", {
      ...draftOf(4, "strong_yes"),
      reason: "Re-read my notes on the design part.",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      recommendation: string;
      history: { reason: string | null; recommendation: string }[];
    };
    expect(body).toMatchObject({ status: "submitted", recommendation: "strong_yes" });
    expect(body.history.map((h) => h.recommendation)).toEqual(["yes", "strong_yes"]);
    expect(body.history[1]!.reason).toBe("Re-read my notes on the design part.");
    const card = (await t.db.read().select().from(scorecards).where(eq(scorecards.userId, anna.id)).all()).find(
      (s) => s.interviewId === interviewId,
    )!;
    expect(
      await t.db.read().select().from(scorecardRevisions).where(eq(scorecardRevisions.scorecardId, card.id)).all(),
    ).toHaveLength(2);
    expect((await own(anna, amendRoute.POST, "POST", { ...draftOf(4, "yes"), reason: "" })).status).toBe(400);
  });

  it("serves the calendar invite to staff who may see the application, as an attachment", async () => {
    const res = await callStaff(inviteRoute.GET, { cookie: cookie[anna.name], params: { id: String(interviewId) } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect(await res.text()).toContain(`UID:interview-${interviewId}@jobs.example.com`);
    expect(
      (await callStaff(inviteRoute.GET, { cookie: cookie[outsider.name], params: { id: String(interviewId) } })).status,
    ).toBe(404);
  });
});

describe("the Hired guard", () => {
  it("refuses Hired until the background check is completed, and lets only an admin override with a reason", async () => {
    const admin = await addUser(t.db, "admin", "Ada Admin");
    const id = await applicationIn("references");
    await expect(moveApplication(recruiter, id, { to: "hired", version: 2 })).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable" }),
    );
    await expect(
      moveApplication(recruiter, id, {
        to: "hired",
        version: 2,
        override: true,
        overrideReason: "Start date cannot wait",
      }),
    ).rejects.toThrow(expect.objectContaining({ code: "forbidden" }));
    const hired = await moveApplication(admin, id, {
      to: "hired",
      version: 2,
      override: true,
      overrideReason: "Start date cannot wait",
    });
    expect(hired.status).toBe("hired");
    const event = (
      await t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).all()
    ).find((e) => e.kind === "hired");
    expect(event?.data).toMatchObject({
      override: true,
      overrideReason: "Start date cannot wait",
      backgroundCheck: "not_started",
    });

    const other = await applicationIn("references");
    await t.db.write((tx) =>
      tx.update(applications).set({ backgroundCheck: "completed" }).where(eq(applications.id, other)).run(),
    );
    expect((await moveApplication(recruiter, other, { to: "hired", version: 2 })).status).toBe("hired");
  });
});

describe("feedback overdue on the board and the overview", () => {
  it("flags an application whose interview ended over a day ago without every scorecard, and filters by it", async () => {
    const { jobsOverview } = await import("@/lib/applications/staff-queries");
    const { listApplications } = await import("@/lib/applications/board");
    const id = await applicationIn("technical_interviews", "Sen Feedback");
    const startsAt = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    await plan(id, { kind: "programming", interviewers: [anna.email, bo.email], startsAt });
    const job = (await jobsOverview(recruiter)).find((j) => j.slug === "cloud-engineer")!;
    expect(job.feedbackOverdue.examples.map((e) => e.id)).toContain(id);
    const missing = await listApplications(recruiter, "cloud-engineer", { feedback: "missing", limit: 200 });
    const card = missing.items.find((c) => c.id === id);
    expect(card?.feedback).toMatchObject({ interviews: 1, upcoming: 0, submitted: 0, expected: 2, overdue: true });
    const onTime = await applicationIn("technical_interviews", "Ingen Intervju");
    expect(
      (await listApplications(recruiter, "cloud-engineer", { feedback: "missing", limit: 200 })).items.map((c) => c.id),
    ).not.toContain(onTime);
  });
});
