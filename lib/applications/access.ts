import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { applications, interviewers, interviews, type Application } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { canViewApplication, type Actor, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * The gate in front of every read or write of one application: 401/403 for the role, then 404
 * both when it does not exist and when the actor may not see it, so ids reveal nothing.
 */
export function visibleApplication(
  actor: Actor | null,
  permission: Permission,
  id: number,
): { actor: Actor; application: Application } {
  const who = requirePermission(actor, permission);
  const application = db().select().from(applications).where(eq(applications.id, id)).get();
  if (!application || !canViewApplication(who, assignedUserIds(id))) throw new AppError("not_found", "Not found.");
  return { actor: who, application };
}

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
