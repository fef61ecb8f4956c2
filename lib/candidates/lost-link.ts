import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { write } from "@/db";
import { applications, candidates, jobs, statusLinks } from "@/db/schema";
import { statusPath } from "@/lib/applications/confirmation";
import type { Locale } from "@/lib/i18n/locales";
import { buildMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { hashToken, newToken } from "@/lib/security/tokens";

/**
 * Emails a new status link for every application under this address; each old link keeps working
 * until its new one is opened (lib/candidates/status-token.ts). An address with no application
 * gets a message saying so, written the same way in the same kind of transaction, so the request
 * takes the same work either way and the caller, who answers the same, reveals nothing. Past the
 * per-recipient limit nothing is sent, again for either kind of address.
 */
export async function sendLostLinks(email: string, origin: string, locale: Locale = "en"): Promise<void> {
  const emailKey = email.trim().toLowerCase();
  if (!emailKey) return;
  await write(async (tx) => {
    // Counted in the same transaction as the mail it allows; past the limit only the count commits.
    if (!(await hitRateLimit(tx, "lost-link-recipient", emailKey)).ok) return;
    const rows = await tx
      .select({
        id: applications.id,
        locale: applications.locale,
        name: candidates.fullName,
        address: candidates.email,
        content: jobs.content,
      })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(candidates.emailKey, emailKey), isNull(candidates.erasedAt)))
      .orderBy(desc(applications.createdAt))
      .all();
    const links: { job: string; url: string }[] = [];
    for (const r of rows) {
      const token = newToken();
      await tx
        .insert(statusLinks)
        .values({ applicationId: r.id, tokenHash: hashToken(token) })
        .run();
      links.push({ job: r.content[r.locale].title, url: `${origin}${statusPath(token)}` });
    }
    const latest = rows[0];
    await enqueueMail(
      tx,
      buildMail("lost_link", {
        locale: latest?.locale ?? locale,
        to: latest?.address ?? email.trim(),
        name: latest?.name ?? "",
        job: links[0]?.job ?? "",
        links,
      }),
    );
  });
}
