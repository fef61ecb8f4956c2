import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { read } from "@/db";
import { defaultStages } from "@/db/seed/cloud-engineer-content";
import { defaultAttributes } from "@/db/seed/scorecard-attributes";
import { applications, jobAttributes, jobQuestions, jobs, stages, users, type Job } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Role } from "@/db/enums";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { JobInput } from "@/lib/validations/job";

/** A possible hiring manager; the editor names the role in the reader's language. */
export type StaffOption = { id: number; name: string; role: Role };
export type JobEditor = {
  values: JobInput;
  status: Job["status"];
  /** Applications sitting in each stage (any status), by stage key: such a stage cannot be removed. */
  occupancy: Record<string, number>;
  applicationCount: number;
};

const emptyContent = { title: "", team: "", summary: "", body: "", processNote: "", startNote: "" };

/** Active staff who can be named hiring manager. */
export async function hiringManagerOptions(actor: Actor | null): Promise<StaffOption[]> {
  requirePermission(actor, "jobs.manage");
  return (
    await read()
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.name))
      .all()
  ).map((u) => ({ id: u.id, name: u.name, role: u.role }));
}

/** A new job's form: empty texts, the default process and the default scorecard. */
export function newJobValues(actor: Actor | null): JobInput {
  requirePermission(actor, "jobs.manage");
  return {
    slug: "",
    content: { en: { ...emptyContent }, sv: { ...emptyContent } },
    location: { remote: true, applicantCountries: [], offices: [] },
    employmentType: "FULL_TIME",
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: "EUR",
    salaryPeriod: "YEAR",
    validThrough: "",
    hiringManagerUserId: null,
    stages: defaultStages.map((s) => ({
      key: s.key,
      kind: s.kind,
      staffName: s.staffName,
      name: { ...s.name },
      description: { ...s.description },
      typicalDays: s.typicalDays,
    })),
    attributes: defaultAttributes.map((a) => ({
      key: a.key,
      label: a.label,
      description: a.description,
      optional: a.optional ?? false,
    })),
    questions: [],
  };
}

/** Everything the edit form shows for one job, in the shape the form and the schema share. */
export async function getJobEditor(actor: Actor | null, slug: string): Promise<JobEditor> {
  requirePermission(actor, "jobs.manage");
  const job = await read().select().from(jobs).where(eq(jobs.slug, slug)).get();
  if (!job) throw new AppError("not_found", msg("jobs.noSuchSlug"));
  const stageRows = await read()
    .select()
    .from(stages)
    .where(eq(stages.jobId, job.id))
    .orderBy(asc(stages.position))
    .all();
  const counts = await read()
    .select({ stageId: applications.stageId, n: count() })
    .from(applications)
    .where(eq(applications.jobId, job.id))
    .groupBy(applications.stageId)
    .all();
  const byStage = new Map(counts.map((c) => [c.stageId, c.n]));
  const questions = await read()
    .select()
    .from(jobQuestions)
    .where(eq(jobQuestions.jobId, job.id))
    .orderBy(asc(jobQuestions.position))
    .all();
  return {
    status: job.status,
    occupancy: Object.fromEntries(stageRows.map((s) => [s.key, byStage.get(s.id) ?? 0])),
    applicationCount: counts.reduce((sum, c) => sum + c.n, 0),
    values: {
      slug: job.slug,
      content: job.content,
      location: job.location,
      employmentType: job.employmentType as JobInput["employmentType"],
      salaryMin: job.salaryMin,
      salaryMax: job.salaryMax,
      salaryCurrency: (job.salaryCurrency ?? "EUR") as JobInput["salaryCurrency"],
      salaryPeriod: job.salaryPeriod ?? "YEAR",
      validThrough: job.validThrough ?? "",
      hiringManagerUserId: job.hiringManagerUserId,
      stages: stageRows.map((s) => ({
        key: s.key,
        kind: s.kind,
        staffName: s.staffName,
        name: s.name,
        description: s.description,
        typicalDays: s.typicalDays,
      })),
      attributes: (
        await read()
          .select()
          .from(jobAttributes)
          .where(eq(jobAttributes.jobId, job.id))
          .orderBy(asc(jobAttributes.position))
          .all()
      ).map((a) => ({ key: a.key, label: a.label, description: a.description, optional: a.optional })),
      questions: questions.map((q) => ({
        key: q.key,
        kind: q.kind,
        label: q.label,
        required: q.required,
        options: q.options.map((o) => ({
          key: o.key,
          label: o.label,
          knockout: Boolean(q.knockout?.answers.includes(o.key)),
        })),
        knockoutAnswer: q.kind === "yes_no" ? ((q.knockout?.answers[0] as "yes" | "no" | undefined) ?? "") : "",
        knockoutReason: (q.knockout?.reason ?? "must_haves") as JobInput["questions"][number]["knockoutReason"],
        knockoutMessage: q.knockout?.message ?? { en: "", sv: "" },
      })),
    },
  };
}
