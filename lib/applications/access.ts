import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { read, type Reader } from "@/db";
import { applications, interviewers, interviews, type Application } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { canViewApplication, type Actor, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";

/**
 * The gate in front of every read or write of one application: 401/403 for the role, then 404
 * both when it does not exist and when the actor may not see it, so ids reveal nothing. A command
 * passes its transaction's `tx`, so the check holds for what it writes.
 */
export async function visibleApplication(
  actor: Actor | null,
  permission: Permission,
  id: number,
  d: Reader = read(),
): Promise<{ actor: Actor; application: Application }> {
  const who = requirePermission(actor, permission);
  const application = await d.select().from(applications).where(eq(applications.id, id)).get();
  if (!application || !canViewApplication(who, await assignedUserIds(id, d)))
    throw new AppError("not_found", msg("common.notFound"));
  return { actor: who, application };
}

/** Users assigned to a live (not cancelled) interview of the application: the only hiring managers who may see it. */
export async function assignedUserIds(applicationId: number, d: Reader = read()): Promise<number[]> {
  return (
    await d
      .selectDistinct({ userId: interviewers.userId })
      .from(interviewers)
      .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
      .where(and(eq(interviews.applicationId, applicationId), isNull(interviews.cancelledAt)))
      .all()
  ).map((r) => r.userId);
}
