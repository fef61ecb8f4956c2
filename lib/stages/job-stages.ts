import "server-only";
import { asc, eq, getTableColumns } from "drizzle-orm";
import { read } from "@/db";
import { jobs, stages } from "@/db/schema";

/** A job's stages in process order. */
export function jobStages(jobId: number) {
  return read().select().from(stages).where(eq(stages.jobId, jobId)).orderBy(asc(stages.position)).all();
}

/** The same by the job's slug, so a page can ask for them beside the job instead of after it. */
export function jobStagesBySlug(slug: string) {
  return read()
    .select(getTableColumns(stages))
    .from(stages)
    .innerJoin(jobs, eq(jobs.id, stages.jobId))
    .where(eq(jobs.slug, slug))
    .orderBy(asc(stages.position))
    .all();
}
