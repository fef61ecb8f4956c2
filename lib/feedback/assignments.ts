import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { interviewers, interviews } from "@/db/schema";

/** Users assigned to a live (not cancelled) interview of the application: the only hiring managers who may see it. */
export function assignedUserIds(applicationId: number): number[] {
  return db()
    .selectDistinct({ userId: interviewers.userId })
    .from(interviewers)
    .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
    .where(and(eq(interviews.applicationId, applicationId), isNull(interviews.cancelledAt)))
    .all()
    .map((r) => r.userId);
}
