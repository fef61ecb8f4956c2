import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicationAnswers,
  applicationEvents,
  applications,
  applicationStays,
  outbox,
  scheduledRejections,
} from "@/db/schema";
import { runDueKnockouts } from "@/lib/applications/knockouts";
import { getStatusByToken } from "@/lib/applications/status";
import { moveApplication } from "@/lib/applications/move-application";
import { createJob, setJobStatus } from "@/lib/jobs/save-job";
import { eraseByToken, exportByToken } from "@/lib/candidates/self-service";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { jobData, knockoutQuestion } from "../helpers/jobs";

let t: TestData;
let recruiter: Actor;
const slug = "knockout-job";
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestData({ KNOCKOUT_DELAY_HOURS: "48" });
  recruiter = await addUser(t.db, "recruiter");
  await createJob(
    recruiter,
    jobData({
      slug,
      questions: [
        knockoutQuestion(),
        {
          ...knockoutQuestion(),
          label: { en: "Favourite tool", sv: "Favoritverktyg" },
          kind: "short_text",
          required: false,
          knockoutAnswer: "",
        },
      ],
    }),
  );
  await setJobStatus(recruiter, slug, "open");
});
afterAll(() => t.cleanup());

async function applyWith(answers: Record<string, string>, locale = "en") {
  const res = await apply({ ...validFields(), locale, ...answers }, { slug });
  const body = (await res.json()) as { id: number; statusUrl: string; errors?: Record<string, string> };
  return { res, body, token: body.statusUrl?.split("/status/")[1] ?? "" };
}
const mailsTo = async (id: number) =>
  (await t.db.read().select().from(outbox).where(eq(outbox.applicationId, id)).all()).map((m) => m.kind);
const app = async (id: number) => (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;

describe("knockout questions", () => {
  it("validates custom answers on the server: a required yes/no, a known choice, and a length limit", async () => {
    const { res, body } = await applyWith({ q_favourite_tool: "x".repeat(301) });
    expect(res.status).toBe(400);
    expect(body.errors).toMatchObject({
      q_do_you_live_in_the_eu: "Please choose one of the answers.",
      q_favourite_tool: "This is longer than we can take. Please shorten it.",
    });
    expect((await applyWith({ q_do_you_live_in_the_eu: "maybe" })).res.status).toBe(400);
  });

  it("a knockout answer schedules a rejection and tells the candidate nothing at once", async () => {
    const { res, body, token } = await applyWith({ q_do_you_live_in_the_eu: "no", q_favourite_tool: "Ansible" });
    expect(res.status).toBe(201);
    expect(await app(body.id)).toMatchObject({ status: "active", rejectionReason: null, candidateFeedback: null });
    expect(await mailsTo(body.id)).toEqual(["received"]);
    expect((await getStatusByToken(token))?.status).toBe("active");
    const scheduled = (await t.db
      .read()
      .select()
      .from(scheduledRejections)
      .where(eq(scheduledRejections.applicationId, body.id))
      .get())!;
    expect(scheduled.dueAt.getTime() - scheduled.createdAt.getTime()).toBe(48 * HOUR);
    expect(
      (
        await t.db.read().select().from(applicationAnswers).where(eq(applicationAnswers.applicationId, body.id)).all()
      ).map((a) => [a.questionKey, a.display]),
    ).toEqual([
      ["do_you_live_in_the_eu", "No"],
      ["favourite_tool", "Ansible"],
    ]);
    // Before the delay nothing happens.
    expect((await runDueKnockouts(new Date(Date.now() + 47 * HOUR))).rejected).not.toContain(body.id);
    expect((await app(body.id)).status).toBe("active");
  });

  it("the delayed run rejects as the system with the reason and the kind message, and queues the rejection mail in the candidate's language", async () => {
    const { body, token } = await applyWith({ q_do_you_live_in_the_eu: "no" }, "sv");
    const run = await runDueKnockouts(new Date(Date.now() + 49 * HOUR));
    expect(run.rejected).toContain(body.id);
    expect(await app(body.id)).toMatchObject({
      status: "rejected",
      rejectionReason: "not_eu",
      candidateFeedback: "Tack! Rollen är bara öppen för dig som bor inom EU.",
      version: 2,
    });
    const event = (
      await t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, body.id)).all()
    ).at(-1)!;
    expect(event).toMatchObject({
      kind: "knockout_rejected",
      actorType: "system",
      actorJob: "knockouts",
      fromStatus: "active",
      toStatus: "rejected",
      data: { reason: "not_eu", question: "do_you_live_in_the_eu" },
    });
    // The report facts close the stay the application was in, as a rejection by hand does.
    const stays = await t.db
      .read()
      .select()
      .from(applicationStays)
      .where(eq(applicationStays.applicationId, body.id))
      .all();
    expect(stays.length).toBeGreaterThan(0);
    expect(stays.every((s) => s.hours !== null)).toBe(true);
    const mail = (await t.db.read().select().from(outbox).where(eq(outbox.applicationId, body.id)).all()).find(
      (m) => m.kind === "rejected",
    )!;
    expect(mail.text).toContain("Tack! Rollen är bara öppen för dig som bor inom EU.");
    expect((await getStatusByToken(token))?.status).toBe("rejected");
    // A second run does not reject or mail again.
    expect((await runDueKnockouts(new Date(Date.now() + 50 * HOUR))).rejected).not.toContain(body.id);
    expect((await mailsTo(body.id)).filter((k) => k === "rejected")).toHaveLength(1);
  });

  it("leaves a non-knockout answer untouched", async () => {
    const { body } = await applyWith({ q_do_you_live_in_the_eu: "yes" });
    expect(
      await t.db.read().select().from(scheduledRejections).where(eq(scheduledRejections.applicationId, body.id)).get(),
    ).toBeUndefined();
    await runDueKnockouts(new Date(Date.now() + 100 * HOUR));
    expect((await app(body.id)).status).toBe("active");
    expect(await mailsTo(body.id)).toEqual(["received"]);
  });

  it("a team decision before the delay wins: a moved application is not rejected", async () => {
    const { body } = await applyWith({ q_do_you_live_in_the_eu: "no" });
    await moveApplication(recruiter, body.id, { to: "initial_call", version: 1 });
    const run = await runDueKnockouts(new Date(Date.now() + 49 * HOUR));
    expect(run.skipped).toContain(body.id);
    expect(await app(body.id)).toMatchObject({ status: "active" });
  });
});

describe("answers and the candidate's own data", () => {
  it("the export holds every answer as asked and answered; an erase removes them and the pending knockout", async () => {
    const { body, token } = await applyWith({ q_do_you_live_in_the_eu: "no", q_favourite_tool: "Terraform 42" });
    const data = (await exportByToken(token)) as { answers: { question: string; answer: string }[] };
    expect(data.answers).toEqual([
      { question: "Do you live in the EU?", answer: "No" },
      { question: "Favourite tool", answer: "Terraform 42" },
    ]);
    await eraseByToken(token);
    expect(
      await t.db.read().select().from(applicationAnswers).where(eq(applicationAnswers.applicationId, body.id)).all(),
    ).toEqual([]);
    expect(JSON.stringify(await t.db.read().all(sql`select * from application_answers`))).not.toContain("Terraform 42");
    expect(
      await t.db.read().select().from(scheduledRejections).where(eq(scheduledRejections.applicationId, body.id)).get(),
    ).toMatchObject({ outcome: "skipped" });
    await runDueKnockouts(new Date(Date.now() + 49 * HOUR));
    expect((await app(body.id)).status).toBe("withdrawn");
    expect(await mailsTo(body.id)).not.toContain("rejected");
  });
});
