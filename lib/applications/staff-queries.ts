import "server-only";
import { and, asc, count, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { read } from "@/db";
import { applications, candidates, jobs, stages, type Job } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { can, canViewApplication, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { assignedUserIds } from "./access";
import { feedbackOverdue } from "./board-feedback";

export type StaffApplicationDto = {
  id: number;
  job: { slug: string; title: string };
  stage: string;
  stageName: string;
  status: string;
  version: number;
  candidate: { name: string; email: string; country: string };
  source: string | null;
  createdAt: string;
  updatedAt: string;
};

/** One application for staff; 404 both when it does not exist and when the actor may not see it. */
export async function getApplicationForStaff(actor: Actor | null, id: number): Promise<StaffApplicationDto> {
  requirePermission(actor, "staff.access");
  const row = await read()
    .select({
      a: applications,
      c: candidates,
      jobSlug: jobs.slug,
      jobContent: jobs.content,
      stageKey: stages.key,
      stageName: stages.staffName,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(eq(applications.id, id))
    .get();
  if (!row || !canViewApplication(actor, await assignedUserIds(id)))
    throw new AppError("not_found", msg("common.notFound"));
  return {
    id: row.a.id,
    job: { slug: row.jobSlug, title: row.jobContent.en.title },
    stage: row.stageKey,
    stageName: row.stageName,
    status: row.a.status,
    version: row.a.version,
    candidate: { name: row.c.fullName, email: row.c.email, country: row.c.country },
    source: row.a.source,
    createdAt: row.a.createdAt.toISOString(),
    updatedAt: row.a.updatedAt.toISOString(),
  };
}

export type JobOverview = {
  slug: string;
  title: string;
  status: Job["status"];
  stages: { key: string; name: string; active: number }[];
  outcomes: Record<"hired" | "rejected" | "withdrawn", number>;
  recent: { id: number; name: string; stageName: string; createdAt: string }[];
  /** Active applications that have waited longer than ATTENTION_DAYS in their stage, oldest first. */
  waiting: { count: number; oldest: { id: number; name: string; stageName: string; days: number }[] };
  /** Active applications with a scorecard not in 24 hours after the interview. */
  feedbackOverdue: { count: number; examples: { id: number; name: string; stageName: string }[] };
};

export const ATTENTION_DAYS = 7;

/** The five active applications matching `where` that have waited longest in their stage. */
function longestWaiting(where: SQL | undefined) {
  return read()
    .select({
      id: applications.id,
      name: candidates.fullName,
      stageName: stages.staffName,
      since: applications.stageEnteredAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(where)
    .orderBy(asc(applications.stageEnteredAt))
    .limit(5)
    .all();
}
const DAY = 24 * 60 * 60 * 1000;

/** The staff home: each job with its active applications per stage, as far as the actor may see. */
export async function jobsOverview(actor: Actor | null): Promise<JobOverview[]> {
  requirePermission(actor, "jobs.view");
  const seesAll = can(actor, "applications.view_all");
  const jobRows = await read().select().from(jobs).orderBy(asc(jobs.createdAt)).all();
  if (jobRows.length === 0) return [];
  const now = Date.now();
  const ids = jobRows.map((j) => j.id);
  const stageRows = await read()
    .select()
    .from(stages)
    .where(inArray(stages.jobId, ids))
    .orderBy(asc(stages.position))
    .all();
  const counts = seesAll
    ? await read()
        .select({ jobId: applications.jobId, stageId: applications.stageId, status: applications.status, n: count() })
        .from(applications)
        .where(inArray(applications.jobId, ids))
        .groupBy(applications.jobId, applications.stageId, applications.status)
        .all()
    : [];
  return Promise.all(
    jobRows.map(async (job) => {
      const mine = counts.filter((c) => c.jobId === job.id);
      const recent = seesAll
        ? await read()
            .select({
              id: applications.id,
              name: candidates.fullName,
              stageName: stages.staffName,
              createdAt: applications.createdAt,
            })
            .from(applications)
            .innerJoin(candidates, eq(candidates.id, applications.candidateId))
            .innerJoin(stages, eq(stages.id, applications.stageId))
            .where(and(eq(applications.jobId, job.id), eq(applications.status, "active")))
            .orderBy(desc(applications.createdAt))
            .limit(10)
            .all()
        : [];
      const stale = and(
        eq(applications.jobId, job.id),
        eq(applications.status, "active"),
        lt(applications.stageEnteredAt, new Date(now - ATTENTION_DAYS * DAY)),
      );
      const waitingCount = seesAll ? (await read().select({ n: count() }).from(applications).where(stale).get())!.n : 0;
      const oldest = seesAll && waitingCount ? await longestWaiting(stale) : [];
      const late = and(eq(applications.jobId, job.id), eq(applications.status, "active"), feedbackOverdue(now));
      const overdueCount = seesAll ? (await read().select({ n: count() }).from(applications).where(late).get())!.n : 0;
      const overdueExamples = overdueCount
        ? (await longestWaiting(late)).map(({ id, name, stageName }) => ({ id, name, stageName }))
        : [];
      const outcome = (status: "hired" | "rejected" | "withdrawn") =>
        mine.filter((c) => c.status === status).reduce((sum, c) => sum + c.n, 0);
      return {
        slug: job.slug,
        title: job.content.en.title,
        status: job.status,
        stages: stageRows
          .filter((s) => s.jobId === job.id)
          .map((s) => ({
            key: s.key,
            name: s.staffName,
            active: mine.filter((c) => c.stageId === s.id && c.status === "active").reduce((sum, c) => sum + c.n, 0),
          })),
        outcomes: { hired: outcome("hired"), rejected: outcome("rejected"), withdrawn: outcome("withdrawn") },
        recent: recent.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
        waiting: {
          count: waitingCount,
          oldest: oldest.map((o) => ({
            id: o.id,
            name: o.name,
            stageName: o.stageName,
            days: Math.floor((now - o.since.getTime()) / DAY),
          })),
        },
        feedbackOverdue: { count: overdueCount, examples: overdueExamples },
      };
    }),
  );
}
