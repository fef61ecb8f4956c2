import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { read, write } from "@/db";
import { applications, candidates, jobs, talentInvites } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byUser, recordEvent } from "@/lib/events/record";
import { takesApplications } from "@/lib/jobs/open";
import { enqueueMail } from "@/lib/mail/outbox";
import { hashToken, newToken } from "@/lib/security/tokens";
import type { TalentInviteInput } from "@/lib/validations/people";
import { liveFutureRoles } from "./consent";
import { talentInviteMail } from "./mails";

export type InviteDto = { id: number; candidateId: number; applicationId: number; jobSlug: string; sentAt: string };

/**
 * Invites a person from the talent pool to apply for an open job: one email in their language,
 * with the posting's link and an unsubscribe link that withdraws their consent at once. Only while
 * their consent lives, and once per job.
 */
export async function inviteToApply(
  actor: Actor | null,
  input: TalentInviteInput,
  origin: string,
  now = new Date(),
): Promise<InviteDto> {
  const who = requirePermission(actor, "talent.invite");
  return write(async (tx) => {
    const job = await tx.select().from(jobs).where(eq(jobs.slug, input.jobSlug)).get();
    if (!job || !takesApplications(job, now))
      throw new AppError("invalid", msg("talent.openJob"), { errors: { jobSlug: "not_open" } });
    const person = await tx.select().from(candidates).where(eq(candidates.id, input.candidateId)).get();
    if (!person || person.erasedAt || person.mergedIntoId) throw new AppError("not_found", msg("common.notFound"));
    const apps = await tx
      .select({ id: applications.id, locale: applications.locale })
      .from(applications)
      .where(eq(applications.candidateId, person.id))
      .orderBy(desc(applications.createdAt))
      .all();
    const [consent] = await liveFutureRoles(
      tx,
      apps.map((a) => a.id),
      now,
    );
    if (!consent) throw new AppError("conflict", msg("talent.consentEnded"));
    const earlier = await tx
      .select({ id: talentInvites.id })
      .from(talentInvites)
      .where(
        and(
          eq(talentInvites.jobId, job.id),
          inArray(
            talentInvites.applicationId,
            apps.map((a) => a.id),
          ),
        ),
      )
      .get();
    if (earlier) throw new AppError("conflict", msg("talent.alreadyInvited"));
    const locale = apps.find((a) => a.id === consent.applicationId)?.locale ?? "en";
    const token = newToken();
    const row = (await tx
      .insert(talentInvites)
      .values({
        applicationId: consent.applicationId,
        jobId: job.id,
        byUserId: who.id,
        tokenHash: hashToken(token),
        createdAt: now,
      })
      .returning()
      .get())!;
    const title = job.content[locale].title;
    await enqueueMail(
      tx,
      talentInviteMail({
        locale,
        to: person.email,
        name: person.fullName,
        applicationId: consent.applicationId,
        job: title,
        jobUrl: `${origin}/${locale}/jobs/${job.slug}`,
        unsubscribeUrl: `${origin}/consent/${token}?answer=withdraw`,
      }),
      now,
    );
    await recordEvent(
      tx,
      byUser(who),
      {
        kind: "talent_invited",
        applicationId: consent.applicationId,
        data: { jobId: job.id, jobTitle: job.content.en.title },
      },
      now,
    );
    return {
      id: row.id,
      candidateId: person.id,
      applicationId: consent.applicationId,
      jobSlug: job.slug,
      sentAt: now.toISOString(),
    };
  });
}

/** The jobs one may invite to now, for the pool's form. */
export async function openJobs(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "talent.invite");
  const rows = await read().select().from(jobs).where(eq(jobs.status, "open")).all();
  return rows.filter((j) => takesApplications(j, now)).map((j) => ({ slug: j.slug, title: j.content.en.title }));
}
