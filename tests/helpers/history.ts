import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import {
  applicationEvents,
  applications,
  candidates,
  interviewers,
  interviews,
  jobs,
  scorecards,
  stages,
  type ApplicationStatus,
} from "@/db/schema";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Stage ids of a job by key. */
export async function stageIds(db: Database, slug = "cloud-engineer"): Promise<Record<string, number>> {
  const job = (await db.read().select().from(jobs).where(eq(jobs.slug, slug)).get())!;
  return Object.fromEntries(
    (await db.read().select().from(stages).where(eq(stages.jobId, job.id)).all()).map((s) => [s.key, s.id]),
  );
}

type Step =
  | { at: number; kind: "moved" | "reopened"; to: string }
  | { at: number; kind: "hired" | "withdrawn" }
  | { at: number; kind: "rejected"; reason: string };

/**
 * An application with a known history, written straight to the tables as the app would have
 * written it: the intake event, then each move or decision with its time.
 */
export async function addHistory(
  db: Database,
  spec: { created: number; source: string | null; steps: Step[]; slug?: string },
): Promise<number> {
  const ids = await stageIds(db, spec.slug);
  const job = (await db
    .read()
    .select()
    .from(jobs)
    .where(eq(jobs.slug, spec.slug ?? "cloud-engineer"))
    .get())!;
  let stage = ids.applied!;
  let status: ApplicationStatus = "active";
  let entered = spec.created;
  let reason: string | null = null;
  const person = await db.write((tx) =>
    tx
      .insert(candidates)
      .values({
        fullName: "Test Person",
        email: "p@example.com",
        emailKey: `p-${randomBytes(6).toString("hex")}`,
        country: "SE",
        createdAt: new Date(spec.created),
      })
      .returning()
      .get(),
  );
  const app = await db.write((tx) =>
    tx
      .insert(applications)
      .values({
        jobId: job.id,
        candidateId: person.id,
        stageId: stage,
        source: spec.source,
        locale: "en",
        statusTokenHash: randomBytes(16).toString("hex"),
        stageEnteredAt: new Date(spec.created),
        createdAt: new Date(spec.created),
        updatedAt: new Date(spec.created),
      })
      .returning()
      .get(),
  );
  await db.write((tx) =>
    tx
      .insert(applicationEvents)
      .values({
        applicationId: app.id,
        actorType: "candidate",
        kind: "applied",
        toStageId: stage,
        toStatus: "active",
        createdAt: new Date(spec.created),
      })
      .run(),
  );
  for (const step of spec.steps) {
    const from = { stage, status };
    if (step.kind === "moved" || step.kind === "reopened") {
      stage = ids[step.to]!;
      status = "active";
      entered = step.at;
    } else {
      status = step.kind;
      if (step.kind === "rejected") reason = step.reason;
    }
    await db.write((tx) =>
      tx
        .insert(applicationEvents)
        .values({
          applicationId: app.id,
          actorType: "user",
          kind: step.kind,
          fromStageId: from.stage,
          toStageId: stage,
          fromStatus: from.status,
          toStatus: status,
          data: step.kind === "rejected" ? { reason: step.reason } : null,
          createdAt: new Date(step.at),
        })
        .run(),
    );
  }
  await db.write((tx) =>
    tx
      .update(applications)
      .set({ stageId: stage, status, rejectionReason: reason, stageEnteredAt: new Date(entered) })
      .where(eq(applications.id, app.id))
      .run(),
  );
  return app.id;
}

/** An interview with its interviewers and, for some, a submitted scorecard. */
export async function addInterview(
  db: Database,
  spec: {
    applicationId: number;
    stage: string;
    createdBy: number;
    created: number;
    startsAt?: number;
    cancelled?: boolean;
    panel: { userId: number; submittedAt?: number }[];
  },
): Promise<void> {
  const ids = await stageIds(db);
  const interview = await db.write((tx) =>
    tx
      .insert(interviews)
      .values({
        applicationId: spec.applicationId,
        stageId: ids[spec.stage]!,
        kind: "technical",
        startsAt: spec.startsAt ? new Date(spec.startsAt) : null,
        durationMinutes: 60,
        createdByUserId: spec.createdBy,
        cancelledAt: spec.cancelled ? new Date(spec.created) : null,
        createdAt: new Date(spec.created),
        updatedAt: new Date(spec.created),
      })
      .returning()
      .get(),
  );
  for (const p of spec.panel) {
    await db.write((tx) => tx.insert(interviewers).values({ interviewId: interview.id, userId: p.userId }).run());
    await db.write((tx) =>
      tx
        .insert(scorecards)
        .values({
          interviewId: interview.id,
          userId: p.userId,
          content: { ratings: {}, attributeNotes: {}, recommendation: null, notes: "", candidateFeedback: "" },
          status: p.submittedAt ? "submitted" : "draft",
          submittedAt: p.submittedAt ? new Date(p.submittedAt) : null,
          createdAt: new Date(spec.created),
          updatedAt: new Date(spec.created),
        })
        .run(),
    );
  }
}

/**
 * Three applications whose facts are known: one that winds forward, back, is rejected, reopened
 * and hired; one still waiting in the technical interviews; one withdrawn from Applied.
 */
export async function addSampleHistories(
  db: Database,
  t0: number,
): Promise<{ winding: number; open: number; gone: number }> {
  // Forward to the manager meeting, back to the initial call, rejected there, reopened, hired.
  const winding = await addHistory(db, {
    created: t0,
    source: "friend",
    steps: [
      { at: t0 + 5 * HOUR, kind: "moved", to: "initial_call" },
      { at: t0 + 25 * HOUR, kind: "moved", to: "manager_meeting" },
      { at: t0 + 29 * HOUR, kind: "moved", to: "initial_call" },
      { at: t0 + 40 * HOUR, kind: "rejected", reason: "other" },
      { at: t0 + 100 * HOUR, kind: "reopened", to: "references" },
      { at: t0 + 130 * HOUR, kind: "hired" },
    ],
  });
  const open = await addHistory(db, {
    created: t0 + DAY,
    source: null,
    steps: [{ at: t0 + DAY + 90 * 60_000, kind: "moved", to: "technical_interviews" }],
  });
  const gone = await addHistory(db, {
    created: t0 + 2 * DAY,
    source: "github",
    steps: [{ at: t0 + 4 * DAY, kind: "withdrawn" }],
  });
  return { winding, open, gone };
}
