import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { applications, candidates, jobs } from "@/db/schema";
import { statusPath } from "@/lib/applications/confirmation";
import { buildMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { hashToken, newToken } from "@/lib/security/tokens";

/**
 * Emails fresh status links for every application under this address (the old links stop
 * working, since only their hashes were kept). The caller answers the same whether or not any
 * exist, so the form reveals nothing about who applied.
 */
export function sendLostLinks(email: string, origin: string): void {
  const emailKey = email.trim().toLowerCase();
  if (!emailKey) return;
  db().transaction(
    (tx) => {
      const rows = tx
        .select({ id: applications.id, locale: applications.locale, name: candidates.fullName, address: candidates.email, content: jobs.content })
        .from(applications)
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .innerJoin(jobs, eq(jobs.id, applications.jobId))
        .where(and(eq(candidates.emailKey, emailKey), isNull(candidates.erasedAt)))
        .orderBy(desc(applications.createdAt))
        .all();
      if (rows.length === 0) return;
      const links = rows.map((r) => {
        const token = newToken();
        tx.update(applications).set({ statusTokenHash: hashToken(token) }).where(eq(applications.id, r.id)).run();
        return { job: r.content[r.locale].title, url: `${origin}${statusPath(token)}` };
      });
      const latest = rows[0]!;
      enqueueMail(tx, buildMail("lost_link", { locale: latest.locale, to: latest.address, name: latest.name, job: links[0]!.job, links }));
    },
    { behavior: "immediate" },
  );
}
