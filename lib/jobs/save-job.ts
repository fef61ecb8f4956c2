import "server-only";
import { and, count, eq, ne } from "drizzle-orm";
import { write, type Tx } from "@/db";
import { applications, jobs, stages, users, type Job, type StageKind } from "@/db/schema";
import { processProblem } from "@/lib/stages/process";
import { byUser, recordEvent } from "@/lib/events/record";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { JobData } from "@/lib/validations/job";
import { syncAttributes, syncQuestions, syncStages } from "./sync-lists";

export type SavedJob = { slug: string; status: Job["status"] };

const today = (now: Date) => now.toISOString().slice(0, 10);

function requireWorkingProcess(list: { kind: StageKind }[]): void {
  const problem = processProblem(list);
  if (problem) throw new AppError("invalid", problem, { errors: { stages: problem } });
}

async function checkSlugFree(tx: Tx, slug: string, exceptId?: number): Promise<void> {
  const clash = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(exceptId ? and(eq(jobs.slug, slug), ne(jobs.id, exceptId)) : eq(jobs.slug, slug))
    .get();
  if (clash) {
    const text = msg("jobs.slugTaken");
    throw new AppError("conflict", text, { errors: { slug: text } });
  }
}

async function checkHiringManager(tx: Tx, id: number | null): Promise<void> {
  if (id == null) return;
  const user = await tx.select({ active: users.active }).from(users).where(eq(users.id, id)).get();
  if (!user?.active) {
    const text = msg("jobs.activeManager");
    throw new AppError("invalid", text, { errors: { hiringManagerUserId: text } });
  }
}

function rowValues(input: JobData, now: Date) {
  const salary = input.salaryMin != null && input.salaryMax != null;
  return {
    slug: input.slug,
    content: input.content,
    location: input.location,
    employmentType: input.employmentType,
    salaryMin: salary ? input.salaryMin : null,
    salaryMax: salary ? input.salaryMax : null,
    salaryCurrency: salary ? input.salaryCurrency : null,
    salaryPeriod: salary ? input.salaryPeriod : null,
    validThrough: input.validThrough,
    hiringManagerUserId: input.hiringManagerUserId,
    updatedAt: now,
  };
}

/** A new job, always a draft: invisible to the public until someone opens it. */
export async function createJob(actor: Actor | null, input: JobData, now = new Date()): Promise<SavedJob> {
  const who = requirePermission(actor, "jobs.manage");
  return write(async (tx) => {
    await checkSlugFree(tx, input.slug);
    await checkHiringManager(tx, input.hiringManagerUserId);
    const job = await tx
      .insert(jobs)
      .values({ ...rowValues(input, now), status: "draft", datePosted: today(now), createdAt: now })
      .returning({ id: jobs.id })
      .get();
    await syncStages(tx, job.id, input.stages, true);
    await syncAttributes(tx, job.id, input.attributes, true);
    await syncQuestions(tx, job.id, input.questions, true);
    await recordEvent(tx, byUser(who), { kind: "job.created", data: { jobId: job.id, slug: input.slug } }, now);
    return { slug: input.slug, status: "draft" as const };
  });
}

async function jobBySlug(tx: Tx, slug: string): Promise<Job> {
  const job = await tx.select().from(jobs).where(eq(jobs.slug, slug)).get();
  if (!job) throw new AppError("not_found", msg("jobs.noSuchSlug"));
  return job;
}

/** Saves the editor's whole form; every list is synced and audited in one transaction. */
export async function updateJob(
  actor: Actor | null,
  slug: string,
  input: JobData,
  now = new Date(),
): Promise<SavedJob & { previousSlug: string }> {
  const who = requirePermission(actor, "jobs.manage");
  return write(async (tx) => {
    const before = await jobBySlug(tx, slug);
    // A draft may be half-built; a job that takes or took applications keeps a working process.
    if (before.status !== "draft") requireWorkingProcess(input.stages);
    if (input.slug !== before.slug) await checkSlugFree(tx, input.slug, before.id);
    await checkHiringManager(tx, input.hiringManagerUserId);
    const values = rowValues(input, now);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (k) => k !== "updatedAt" && JSON.stringify(values[k]) !== JSON.stringify(before[k]),
    );
    await tx.update(jobs).set(values).where(eq(jobs.id, before.id)).run();
    const lists = [
      ...(await syncStages(tx, before.id, input.stages)),
      ...(await syncAttributes(tx, before.id, input.attributes)),
      ...(await syncQuestions(tx, before.id, input.questions)),
    ];
    const renamed = input.slug !== before.slug ? { previousSlug: before.slug } : {};
    await recordEvent(
      tx,
      byUser(who),
      { kind: "job.updated", data: { jobId: before.id, slug: input.slug, changed, lists, ...renamed } },
      now,
    );
    return { slug: input.slug, status: before.status, previousSlug: before.slug };
  });
}

/**
 * Draft, open, closed. Opening publishes (the first time sets the posting date); closing stops
 * the intake and keeps the board. A job that has applications never goes back to draft.
 */
export async function setJobStatus(
  actor: Actor | null,
  slug: string,
  status: Job["status"],
  now = new Date(),
): Promise<SavedJob> {
  const who = requirePermission(actor, "jobs.manage");
  return write(async (tx) => {
    const job = await jobBySlug(tx, slug);
    if (job.status === status) return { slug, status };
    if (
      status === "draft" &&
      (await tx.select({ n: count() }).from(applications).where(eq(applications.jobId, job.id)).get())!.n > 0
    ) {
      throw new AppError("conflict", msg("jobs.backToDraft"));
    }
    if (status === "open")
      requireWorkingProcess(await tx.select({ kind: stages.kind }).from(stages).where(eq(stages.jobId, job.id)).all());
    const firstOpening = status === "open" && job.status === "draft";
    await tx
      .update(jobs)
      .set({ status, updatedAt: now, ...(firstOpening ? { datePosted: today(now) } : {}) })
      .where(eq(jobs.id, job.id))
      .run();
    await recordEvent(
      tx,
      byUser(who),
      { kind: "job.status", data: { jobId: job.id, slug: job.slug, from: job.status, to: status } },
      now,
    );
    return { slug, status };
  });
}
