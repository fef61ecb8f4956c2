import "server-only";
import { eq } from "drizzle-orm";
import { read } from "@/db";
import { applications } from "@/db/schema";
import { applicationIdForToken } from "@/lib/candidates/status-token";
import { consentExpiry, liveFutureRoles } from "./consent";

/**
 * What the status page adds about the person behind one application: how many applications share
 * their record (after a merge; an erase can cover them all), and until when they are kept for
 * future roles, if they are.
 */
export async function personOfStatus(token: string): Promise<{ onRecord: number; futureRolesUntil: Date | null }> {
  const id = await applicationIdForToken(token);
  if (id === null) return { onRecord: 1, futureRolesUntil: null };
  const app = await read()
    .select({ c: applications.candidateId })
    .from(applications)
    .where(eq(applications.id, id))
    .get();
  if (!app) return { onRecord: 1, futureRolesUntil: null };
  const ids = (
    await read().select({ id: applications.id }).from(applications).where(eq(applications.candidateId, app.c)).all()
  ).map((r) => r.id);
  const [latest] = await liveFutureRoles(read(), ids);
  return { onRecord: ids.length, futureRolesUntil: latest ? consentExpiry(latest.givenAt) : null };
}
