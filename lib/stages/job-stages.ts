import "server-only";
import { asc, eq } from "drizzle-orm";
import { read } from "@/db";
import { stages } from "@/db/schema";

/** A job's stages in process order. */
export function jobStages(jobId: number) {
  return read().select().from(stages).where(eq(stages.jobId, jobId)).orderBy(asc(stages.position)).all();
}
