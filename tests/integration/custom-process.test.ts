import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, jobs, stages } from "@/db/schema";
import { getApplicationDetail } from "@/lib/applications/detail";
import { getStatusByToken } from "@/lib/applications/status";
import { statusText } from "@/lib/i18n/status";
import { moveApplication } from "@/lib/applications/move-application";
import { applicationFeedback } from "@/lib/feedback/application-feedback";
import { recordDecision } from "@/lib/feedback/decision";
import { planInterview } from "@/lib/feedback/interviews";
import { saveDraft, submitScorecard } from "@/lib/feedback/scorecards";
import { scorecardsFor } from "@/lib/feedback/visibility";
import { getJobEditor } from "@/lib/jobs/editor-queries";
import { createJob, setJobStatus, updateJob } from "@/lib/jobs/save-job";
import { caught } from "../helpers/errors";
import { jobInput, type JobData } from "@/lib/validations/job";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { jobData } from "../helpers/jobs";

let t: TestData;
let recruiter: TestUser, admin: TestUser, manager: TestUser;
beforeAll(async () => {
  t = await createTestData({ PUBLIC_URL: "https://careers.example.eu" });
  [recruiter, admin, manager] = await Promise.all([
    addUser(t.db, "recruiter"),
    addUser(t.db, "admin"),
    addUser(t.db, "hiring_manager", "Cleo Case"),
  ]);
}, 30_000);
afterAll(() => t.cleanup());

const stage = (staffName: string, kind: JobData["stages"][number]["kind"]) => ({
  kind,
  staffName,
  name: { en: staffName, sv: staffName },
  description: { en: `About ${staffName}.`, sv: `Om ${staffName}.` },
  typicalDays: 5,
});
const editorData = async (slug: string) => jobInput.parse((await getJobEditor(recruiter, slug)).values);

async function applyTo(slug: string): Promise<number> {
  const res = await apply(validFields(), { slug });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

describe("a process defined by its stages' kinds", () => {
  it("holds an interview and its scorecards in a Case study stage a recruiter added in the editor", async () => {
    const data = jobData();
    await createJob(recruiter, data);
    const current = await editorData(data.slug);
    await updateJob(recruiter, data.slug, {
      ...current,
      stages: [...current.stages.slice(0, 4), stage("Case study", "interview"), ...current.stages.slice(4)],
    });
    const job = (await t.db.read().select().from(jobs).where(eq(jobs.slug, data.slug)).get())!;
    const caseStudy = (await t.db.read().select().from(stages).where(eq(stages.jobId, job.id)).all()).find(
      (s) => s.staffName === "Case study",
    )!;
    expect(caseStudy).toMatchObject({ key: "case_study", kind: "interview", position: 4 });
    await setJobStatus(recruiter, data.slug, "open");

    const id = await applyTo(data.slug);
    await moveApplication(recruiter, id, { to: "case_study", version: 1 });
    expect(await applicationFeedback(recruiter, id)).toMatchObject({
      planning: { defaultKind: "system_design" },
      planHint: null,
    });
    const { id: interviewId } = await planInterview(
      recruiter,
      id,
      { kind: "other", interviewers: [manager.email], durationMinutes: 90 },
      "https://careers.example.eu",
    );
    await saveDraft(manager, interviewId, {
      ratings: {},
      attributeNotes: {},
      recommendation: "strong_yes",
      notes: "Clear reasoning about trade-offs.",
      candidateFeedback: "",
    });
    await submitScorecard(manager, interviewId);
    const seen = (await scorecardsFor(recruiter, id)).scorecards;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ status: "submitted", recommendation: "strong_yes" });
    expect((await getApplicationDetail(recruiter, id)).timeline.map((e) => e.description)).toContain(
      "Planned an interview with Cleo Case",
    );
  });

  it("refuses interviews in a stage that is not of the kind Interview, saying so", async () => {
    const id = await applyTo("cloud-engineer");
    expect((await applicationFeedback(recruiter, id)).planHint).toBe("move");
    const e = await caught(() =>
      planInterview(recruiter, id, { kind: "other", interviewers: [manager.email] }, "https://careers.example.eu"),
    );
    expect(e).toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/kind Interview, and “Applied” is not one/),
    });
  });

  it("will not open a job without exactly one Decision stage, with a field error on the stages, and changes nothing", async () => {
    const none = jobData({ stages: [stage("New", "screening"), stage("Chat", "interview")] });
    await createJob(recruiter, none);
    const e = await caught(() => setJobStatus(recruiter, none.slug, "open"));
    expect(e).toMatchObject({ code: "invalid" });
    expect(e.fieldErrorsIn("en")).toEqual({
      stages: "The process needs a stage of the kind Decision before the job opens.",
    });
    expect(
      (await t.db.read().select({ status: jobs.status }).from(jobs).where(eq(jobs.slug, none.slug)).get())?.status,
    ).toBe("draft");

    const two = jobData({
      stages: [stage("New", "screening"), stage("Decide", "decision"), stage("Decide again", "decision")],
    });
    await createJob(recruiter, two);
    expect((await caught(() => setJobStatus(recruiter, two.slug, "open"))).fieldErrorsIn("en")?.stages).toMatch(
      /2 Decision stages/,
    );
  });

  it("will not save an open job's process without its Decision stage", async () => {
    const current = await editorData("cloud-engineer");
    const before = JSON.stringify(await t.db.read().select().from(stages).all());
    const e = await caught(() =>
      updateJob(recruiter, "cloud-engineer", {
        ...current,
        stages: current.stages.map((s) => (s.kind === "decision" ? { ...s, kind: "other" as const } : s)),
      }),
    );
    expect(e.fieldErrorsIn("en")?.stages).toMatch(/needs a stage of the kind Decision/);
    expect(JSON.stringify(await t.db.read().select().from(stages).all())).toBe(before);
  });

  it("hires straight from the decision in a job without offer checks, and shows the decision there", async () => {
    const data = jobData({
      stages: [stage("New", "screening"), stage("Chat", "interview"), stage("Verdict", "decision")],
    });
    await createJob(recruiter, data);
    await setJobStatus(recruiter, data.slug, "open");
    const id = await applyTo(data.slug);
    const moved = await moveApplication(recruiter, id, { to: "verdict", version: 1 });
    expect((await applicationFeedback(recruiter, id)).decision.canDecide).toBe(true);
    const result = await recordDecision(recruiter, id, { decision: "offer", version: moved.version });
    expect(result).toMatchObject({ status: "hired" });
    expect(
      (
        await t.db
          .read()
          .select({ status: applications.status })
          .from(applications)
          .where(eq(applications.id, id))
          .get()
      )?.status,
    ).toBe("hired");
  });
});

describe("the candidate's status page, by the kind of the step", () => {
  it("says what the step asks of the candidate from the stage's kind, whatever the recruiter named it", async () => {
    const data = jobData({
      stages: [stage("Hello", "screening"), stage("Fika with the team", "interview"), stage("Verdict", "decision")],
    });
    await createJob(recruiter, data);
    await setJobStatus(recruiter, data.slug, "open");
    const res = await apply(validFields(), { slug: data.slug });
    const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
    const token = statusUrl.split("/status/")[1]!;
    expect(await getStatusByToken(token)).toMatchObject({ stageKey: "hello", stageKind: "screening" });

    await moveApplication(recruiter, id, { to: "fika_with_the_team", version: 1 });
    const status = (await getStatusByToken(token))!;
    expect(status).toMatchObject({ stageName: { en: "Fika with the team" }, stageKind: "interview" });
    expect(statusText("en").byKind[status.stageKind]).toMatch(/agree on a time before each conversation/);
    expect(statusText("sv").byKind[status.stageKind]).toMatch(/komma överens om en tid före varje samtal/);
  });
});

describe("what a viewer may do, from the permission table", () => {
  it("gives canDecide and canOverride only to the roles the table names", async () => {
    const id = await applyTo("cloud-engineer");
    await moveApplication(recruiter, id, { to: "technical_interviews", version: 1 });
    await planInterview(recruiter, id, { kind: "other", interviewers: [manager.email] }, "https://careers.example.eu");
    let v = (await moveApplication(recruiter, id, { to: "decision", version: 2 })).version;
    expect((await applicationFeedback(recruiter, id)).decision.canDecide).toBe(true);
    expect((await applicationFeedback(admin, id)).decision.canDecide).toBe(true);
    expect((await applicationFeedback(manager, id)).decision.canDecide).toBe(false);
    v = (await recordDecision(recruiter, id, { decision: "offer", version: v })).version;
    expect((await applicationFeedback(recruiter, id)).references).toMatchObject({ canHire: true, canOverride: false });
    expect((await applicationFeedback(admin, id)).references).toMatchObject({ canHire: true, canOverride: true });
    expect((await applicationFeedback(manager, id)).references).toBeNull();
    expect(v).toBeGreaterThan(1);
  });
});
