import "server-only";
import { and, desc, eq, gte, inArray, isNull } from "drizzle-orm";
import { write, type Reader, type Tx } from "@/db";
import { applications, consentRenewals, consents, talentInvites } from "@/db/schema";
import { applicationIdForToken } from "@/lib/candidates/status-token";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byCandidate, recordEvent } from "@/lib/events/record";
import { NOTICE_VERSION, privacyNotice } from "@/lib/privacy/notice";
import { COMPANY } from "@/lib/company";
import { hashToken, looksLikeToken } from "@/lib/security/tokens";

const DAY = 24 * 60 * 60 * 1000;
type Via = "status_page" | "renewal_email" | "unsubscribe";

/** A future-roles consent lasts as long as the retention period, as the privacy notice says. */
export const consentExpiry = (givenAt: Date, retentionDays = env().RETENTION_DAYS) =>
  new Date(givenAt.getTime() + retentionDays * DAY);

/** The live future-roles consents on these applications (not withdrawn, not lapsed), newest first. */
export async function liveFutureRoles(d: Pick<Reader, "select">, applicationIds: number[], now = new Date()) {
  if (applicationIds.length === 0) return [];
  return d
    .select()
    .from(consents)
    .where(
      and(
        inArray(consents.applicationId, applicationIds),
        eq(consents.kind, "future_roles"),
        isNull(consents.withdrawnAt),
        gte(consents.givenAt, new Date(now.getTime() - env().RETENTION_DAYS * DAY)),
      ),
    )
    .orderBy(desc(consents.givenAt))
    .all();
}

/** The applications of the same candidate record: one person's consent covers them all. */
async function recordApplications(d: Pick<Reader, "select">, applicationId: number): Promise<number[]> {
  const app = await d
    .select({ c: applications.candidateId })
    .from(applications)
    .where(eq(applications.id, applicationId))
    .get();
  if (!app) return [];
  return (
    await d.select({ id: applications.id }).from(applications).where(eq(applications.candidateId, app.c)).all()
  ).map((r) => r.id);
}

/** Withdraws every live future-roles consent of the person at once; the pool and invites stop now. */
export async function withdrawFutureRoles(tx: Tx, applicationId: number, via: Via, now = new Date()): Promise<number> {
  const ids = await recordApplications(tx, applicationId);
  const live = await liveFutureRoles(tx, ids, now);
  if (live.length === 0) return 0;
  await tx
    .update(consents)
    .set({ withdrawnAt: now })
    .where(
      inArray(
        consents.id,
        live.map((c) => c.id),
      ),
    )
    .run();
  for (const appId of new Set(live.map((c) => c.applicationId)))
    await recordEvent(tx, byCandidate, { kind: "consent_withdrawn", applicationId: appId, data: { via } }, now);
  return live.length;
}

/** From the status page: "stop keeping me for future roles". */
export async function withdrawConsentByToken(token: string): Promise<void> {
  const id = await applicationIdForToken(token);
  if (id === null) throw new AppError("not_found", msg("common.notFound"));
  await write((tx) => withdrawFutureRoles(tx, id, "status_page"));
}

export type ConsentLink =
  | { kind: "renewal"; applicationId: number; locale: "en" | "sv"; answered: "keep" | "withdraw" | null }
  | { kind: "unsubscribe"; applicationId: number; locale: "en" | "sv"; answered: "withdraw" | null };

/** What a renewal or unsubscribe link opens; null for an unknown token. */
export async function consentLink(d: Pick<Reader, "select">, token: string): Promise<ConsentLink | null> {
  if (!looksLikeToken(token)) return null;
  const hash = hashToken(token);
  const renewal = await d
    .select({ r: consentRenewals, locale: applications.locale })
    .from(consentRenewals)
    .innerJoin(applications, eq(applications.id, consentRenewals.applicationId))
    .where(eq(consentRenewals.tokenHash, hash))
    .get();
  if (renewal)
    return {
      kind: "renewal",
      applicationId: renewal.r.applicationId,
      locale: renewal.locale,
      answered: renewal.r.answer,
    };
  const invite = await d
    .select({ i: talentInvites, locale: applications.locale })
    .from(talentInvites)
    .innerJoin(applications, eq(applications.id, talentInvites.applicationId))
    .where(eq(talentInvites.tokenHash, hash))
    .get();
  if (invite)
    return {
      kind: "unsubscribe",
      applicationId: invite.i.applicationId,
      locale: invite.locale,
      answered: invite.i.unsubscribedAt ? "withdraw" : null,
    };
  return null;
}

/**
 * The candidate's answer from an email link. Keep: the consent is given again from today, in the
 * notice's words (a new row, so the record shows both). Withdraw: every live consent ends now.
 * The first answer to a renewal stands; a second click changes nothing.
 */
export async function answerConsentLink(token: string, answer: "keep" | "withdraw", now = new Date()) {
  return write(async (tx) => {
    const link = await consentLink(tx, token);
    if (!link || (link.kind === "unsubscribe" && answer === "keep"))
      throw new AppError("not_found", msg("common.notFound"));
    if (link.answered) return { ...link, answered: link.answered };
    const hash = hashToken(token);
    if (link.kind === "unsubscribe") {
      await tx.update(talentInvites).set({ unsubscribedAt: now }).where(eq(talentInvites.tokenHash, hash)).run();
      await withdrawFutureRoles(tx, link.applicationId, "unsubscribe", now);
      return { ...link, answered: "withdraw" as const };
    }
    await tx.update(consentRenewals).set({ answeredAt: now, answer }).where(eq(consentRenewals.tokenHash, hash)).run();
    if (answer === "withdraw") {
      await withdrawFutureRoles(tx, link.applicationId, "renewal_email", now);
    } else {
      const notice = privacyNotice(link.locale, env().RETENTION_DAYS, COMPANY.name);
      const given = (await tx
        .insert(consents)
        .values({
          applicationId: link.applicationId,
          kind: "future_roles",
          noticeVersion: NOTICE_VERSION,
          text: notice.futureRoles,
          givenAt: now,
        })
        .returning({ id: consents.id })
        .get())!;
      await recordEvent(
        tx,
        byCandidate,
        { kind: "consent_renewed", applicationId: link.applicationId, data: { consentId: given.id } },
        now,
      );
    }
    return { ...link, answered: answer };
  });
}
