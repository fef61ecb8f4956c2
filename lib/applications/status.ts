import "server-only";
import { asc, eq } from "drizzle-orm";
import { read } from "@/db";
import { applications, candidates, jobs, stages, type Localized, type StageKind } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { applicationIdForToken } from "@/lib/candidates/status-token";

/** What the holder of a status token may see: their own application, in candidate terms. */
export type CandidateStatus = {
  locale: Locale;
  firstName: string;
  email: string;
  jobSlug: string;
  jobTitle: Localized;
  status: "active" | "hired" | "rejected" | "withdrawn";
  stageKey: string;
  /** What the step is, whatever it is called: the page's wording of what happens next follows it. */
  stageKind: StageKind;
  stageName: Localized;
  stageDescription: Localized;
  typicalDays: number;
  /** The team's constructive words, once the application was declined. */
  feedback: string | null;
  steps: { key: string; name: Localized }[];
  appliedAt: Date;
  updatedAt: Date;
  erased: boolean;
};

/** The token is the only credential; it is looked up by its hash, so no timing reveals it. */
export async function getStatusByToken(token: string): Promise<CandidateStatus | null> {
  const id = await applicationIdForToken(token);
  if (id === null) return null;
  const row = await read()
    .select({
      locale: applications.locale,
      fullName: candidates.fullName,
      email: candidates.email,
      erasedAt: candidates.erasedAt,
      jobId: jobs.id,
      jobSlug: jobs.slug,
      jobContent: jobs.content,
      status: applications.status,
      stageKey: stages.key,
      stageKind: stages.kind,
      stageName: stages.name,
      stageDescription: stages.description,
      typicalDays: stages.typicalDays,
      feedback: applications.candidateFeedback,
      appliedAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(eq(applications.id, id))
    .get();
  if (!row) return null;
  const steps = await read()
    .select({ key: stages.key, name: stages.name })
    .from(stages)
    .where(eq(stages.jobId, row.jobId))
    .orderBy(asc(stages.position))
    .all();
  return {
    locale: row.locale,
    firstName: row.fullName.split(/\s+/)[0] ?? row.fullName,
    email: row.email,
    jobSlug: row.jobSlug,
    jobTitle: { en: row.jobContent.en.title, sv: row.jobContent.sv.title },
    status: row.status,
    stageKey: row.stageKey,
    stageKind: row.stageKind,
    stageName: row.stageName,
    stageDescription: row.stageDescription,
    typicalDays: row.typicalDays,
    feedback: row.status === "rejected" ? row.feedback : null,
    steps,
    appliedAt: row.appliedAt,
    updatedAt: row.updatedAt,
    erased: row.erasedAt != null,
  };
}
