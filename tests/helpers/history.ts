import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
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
export function stageIds(db: Db, slug = "cloud-engineer"): Record<string, number> {
  const job = db.select().from(jobs).where(eq(jobs.slug, slug)).get()!;
  return Object.fromEntries(
    db
      .select()
      .from(stages)
      .where(eq(stages.jobId, job.id))
      .all()
      .map((s) => [s.key, s.id]),
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
export function addHistory(
  db: Db,
  spec: { created: number; source: string | null; steps: Step[]; slug?: string },
): number {
  const ids = stageIds(db, spec.slug);
  const job = db
    .select()
    .from(jobs)
    .where(eq(jobs.slug, spec.slug ?? "cloud-engineer"))
    .get()!;
  let stage = ids.applied!;
  let status: ApplicationStatus = "active";
  let entered = spec.created;
  let reason: string | null = null;
  const person = db
    .insert(candidates)
    .values({
      fullName: "Test Person",
      email: "p@example.com",
      emailKey: `p-${randomBytes(6).toString("hex")}`,
      country: "SE",
      createdAt: new Date(spec.created),
    })
    .returning()
    .get();
  const app = db
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
    .get();
  db.insert(applicationEvents)
    .values({
      applicationId: app.id,
      actorType: "candidate",
      kind: "applied",
      toStageId: stage,
      toStatus: "active",
      createdAt: new Date(spec.created),
    })
    .run();
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
    db.insert(applicationEvents)
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
      .run();
  }
  db.update(applications)
    .set({ stageId: stage, status, rejectionReason: reason, stageEnteredAt: new Date(entered) })
    .where(eq(applications.id, app.id))
    .run();
  return app.id;
}

/** An interview with its interviewers and, for some, a submitted scorecard. */
export function addInterview(
  db: Db,
  spec: {
    applicationId: number;
    stage: string;
    createdBy: number;
    created: number;
    startsAt?: number;
    cancelled?: boolean;
    panel: { userId: number; submittedAt?: number }[];
  },
): void {
  const ids = stageIds(db);
  const interview = db
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
    .get();
  for (const p of spec.panel) {
    db.insert(interviewers).values({ interviewId: interview.id, userId: p.userId }).run();
    db.insert(scorecards)
      .values({
        interviewId: interview.id,
        userId: p.userId,
        content: { ratings: {}, attributeNotes: {}, recommendation: null, notes: "", candidateFeedback: "" },
        status: p.submittedAt ? "submitted" : "draft",
        submittedAt: p.submittedAt ? new Date(p.submittedAt) : null,
        createdAt: new Date(spec.created),
        updatedAt: new Date(spec.created),
      })
      .run();
  }
}
