import "server-only";
import { eq } from "drizzle-orm";
import { read, write } from "@/db";
import { applications, statusLinks } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/lib/security/tokens";

/**
 * The application a status token opens: its own token, or a link the lost-link form mailed. A
 * mailed link that is opened becomes the application's token, and the old token and any other
 * mailed links stop working then, not before: a request someone else made cannot lock the
 * candidate out of the link they already have.
 */
export async function applicationIdForToken(token: string): Promise<number | null> {
  if (!looksLikeToken(token)) return null;
  const hash = hashToken(token);
  const own = await read()
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.statusTokenHash, hash))
    .get();
  if (own) return own.id;
  return write(async (tx) => {
    const mailed = await tx
      .select({ applicationId: statusLinks.applicationId })
      .from(statusLinks)
      .where(eq(statusLinks.tokenHash, hash))
      .get();
    if (!mailed) return null;
    await tx.update(applications).set({ statusTokenHash: hash }).where(eq(applications.id, mailed.applicationId)).run();
    await tx.delete(statusLinks).where(eq(statusLinks.applicationId, mailed.applicationId)).run();
    return mailed.applicationId;
  });
}
