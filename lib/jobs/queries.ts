import "server-only";
import { publicStatus, takesApplications } from "./open";
import { asc, eq, inArray } from "drizzle-orm";
import { read } from "@/db";
import { jobQuestions, jobs, stages, type JobLocaleContent, type JobLocation, type Localized } from "@/db/schema";
import type { PublicQuestion } from "@/lib/validations/answers";

export type PublicStage = { key: string; name: Localized; description: Localized; typicalDays: number };

/** What anyone may read about a published job: the posting, its rules and its process. */
export type PublicJob = {
  slug: string;
  status: "open" | "closed";
  content: Record<"en" | "sv", JobLocaleContent>;
  location: JobLocation;
  employmentType: string;
  salary: { min: number; max: number; currency: string; period: string } | null;
  datePosted: string;
  validThrough: string | null;
  updatedAt: Date;
  stages: PublicStage[];
  questions: PublicQuestion[];
};

type JobRow = typeof jobs.$inferSelect;

function toPublic(job: JobRow, jobStages: PublicStage[], questions: PublicQuestion[] = []): PublicJob {
  return {
    slug: job.slug,
    status: publicStatus(job),
    content: job.content,
    location: job.location,
    employmentType: job.employmentType,
    salary:
      job.salaryMin != null && job.salaryMax != null && job.salaryCurrency && job.salaryPeriod
        ? { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod }
        : null,
    datePosted: job.datePosted,
    validThrough: job.validThrough,
    updatedAt: job.updatedAt,
    stages: jobStages,
    questions,
  };
}

async function stagesOf(jobIds: number[]): Promise<Map<number, PublicStage[]>> {
  const rows = await read()
    .select()
    .from(stages)
    .where(inArray(stages.jobId, jobIds))
    .orderBy(asc(stages.jobId), asc(stages.position))
    .all();
  const byJob = new Map<number, PublicStage[]>();
  for (const s of rows) {
    const list = byJob.get(s.jobId) ?? [];
    list.push({ key: s.key, name: s.name, description: s.description, typicalDays: s.typicalDays });
    byJob.set(s.jobId, list);
  }
  return byJob;
}

/** A published (open or closed) job by slug; drafts do not exist for the public. */
export async function getPublicJob(slug: string): Promise<PublicJob | null> {
  const job = await read().select().from(jobs).where(eq(jobs.slug, slug)).get();
  if (!job || job.status === "draft") return null;
  return toPublic(job, (await stagesOf([job.id])).get(job.id) ?? [], await publicQuestions(job.id));
}

/** A job's custom questions as candidates see them: what the knockout answers are stays private. */
export async function publicQuestions(jobId: number): Promise<PublicQuestion[]> {
  return (
    await read()
      .select()
      .from(jobQuestions)
      .where(eq(jobQuestions.jobId, jobId))
      .orderBy(asc(jobQuestions.position))
      .all()
  ).map((q) => ({ key: q.key, kind: q.kind, label: q.label, required: q.required, options: q.options }));
}

export async function listOpenJobs(): Promise<PublicJob[]> {
  const rows = (
    await read().select().from(jobs).where(eq(jobs.status, "open")).orderBy(asc(jobs.createdAt)).all()
  ).filter((j) => takesApplications(j));
  if (rows.length === 0) return [];
  const byJob = await stagesOf(rows.map((j) => j.id));
  return rows.map((j) => toPublic(j, byJob.get(j.id) ?? []));
}
