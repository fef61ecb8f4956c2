import { and, eq, gt, gte, inArray, isNull, lte, notExists, sql } from "drizzle-orm";
import { database, type Database } from "@/db";
import { applications, candidates, consentRenewals, consents } from "@/db/schema";
import { runAlone } from "@/lib/coordination/run-alone";
import { bySystem, recordEvent } from "@/lib/events/record";
import { enqueueMail } from "@/lib/mail/outbox";
import { hashToken, newToken } from "@/lib/security/tokens";
import { consentRenewalMail } from "./mails";

const DAY = 24 * 60 * 60 * 1000;
/** How long before a consent lapses the candidate is asked. */
export const RENEWAL_NOTICE_DAYS = 30;

function day(date: Date, locale: "en" | "sv") {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Stockholm",
  }).format(date);
}

/**
 * The background run: each person whose future-roles consent lapses within RENEWAL_NOTICE_DAYS
 * (and who holds no later one) is asked once, through the outbox, whether to keep it. The unique
 * row per consent is what makes it once; one instance runs it at a time. Unanswered, the consent
 * simply lapses, and retention anonymises the closed applications as before.
 */
export async function runConsentRenewals({
  retentionDays,
  origin,
  now = new Date(),
  target = database(),
}: {
  retentionDays: number;
  origin: string;
  now?: Date;
  target?: Database;
}): Promise<{ sent: number[]; ranElsewhere: boolean }> {
  const lapsed = new Date(now.getTime() - retentionDays * DAY);
  const soon = new Date(lapsed.getTime() + RENEWAL_NOTICE_DAYS * DAY);
  const sent = await runAlone(target, "consent-renewal", async (tx) => {
    const later = tx
      .select({ x: sql`1` })
      .from(consents)
      .innerJoin(applications, eq(applications.id, consents.applicationId))
      .where(
        and(
          sql`${applications.candidateId} = ${candidates.id}`,
          eq(consents.kind, "future_roles"),
          isNull(consents.withdrawnAt),
          gt(consents.givenAt, soon),
        ),
      );
    const asked = tx
      .select({ x: sql`1` })
      .from(consentRenewals)
      .where(sql`${consentRenewals.consentId} = ${consents.id}`);
    const due = await tx
      .select({
        consent: consents,
        locale: applications.locale,
        candidateId: candidates.id,
        name: candidates.fullName,
        email: candidates.email,
      })
      .from(consents)
      .innerJoin(applications, eq(applications.id, consents.applicationId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(
        and(
          eq(consents.kind, "future_roles"),
          isNull(consents.withdrawnAt),
          gte(consents.givenAt, lapsed),
          lte(consents.givenAt, soon),
          isNull(candidates.erasedAt),
          notExists(asked),
          notExists(later),
        ),
      )
      .all();
    // One email per person: their latest consent is the one asked about.
    const latest = new Map<number, (typeof due)[number]>();
    for (const d of due) {
      const seen = latest.get(d.candidateId);
      if (!seen || seen.consent.givenAt < d.consent.givenAt) latest.set(d.candidateId, d);
    }
    // A person already asked about another of their consents is not asked twice.
    const alreadyAsked = latest.size
      ? new Set(
          (
            await tx
              .select({ candidateId: applications.candidateId })
              .from(consentRenewals)
              .innerJoin(consents, eq(consents.id, consentRenewals.consentId))
              .innerJoin(applications, eq(applications.id, consentRenewals.applicationId))
              .where(
                and(
                  inArray(applications.candidateId, [...latest.keys()]),
                  isNull(consents.withdrawnAt),
                  gte(consents.givenAt, lapsed),
                ),
              )
              .all()
          ).map((r) => r.candidateId),
        )
      : new Set<number>();
    const ids: number[] = [];
    for (const d of latest.values()) {
      if (alreadyAsked.has(d.candidateId) || !d.email) continue;
      const token = newToken();
      await tx
        .insert(consentRenewals)
        .values({
          consentId: d.consent.id,
          applicationId: d.consent.applicationId,
          tokenHash: hashToken(token),
          sentAt: now,
        })
        .run();
      const link = `${origin}/consent/${token}`;
      await enqueueMail(
        tx,
        consentRenewalMail({
          locale: d.locale,
          to: d.email,
          name: d.name,
          applicationId: d.consent.applicationId,
          until: day(new Date(d.consent.givenAt.getTime() + retentionDays * DAY), d.locale),
          keepUrl: `${link}?answer=keep`,
          dropUrl: `${link}?answer=withdraw`,
        }),
        now,
      );
      await recordEvent(
        tx,
        bySystem("consent-renewal"),
        { kind: "consent_renewal_sent", applicationId: d.consent.applicationId, data: { consentId: d.consent.id } },
        now,
      );
      ids.push(d.consent.applicationId);
    }
    if (ids.length)
      await recordEvent(tx, bySystem("consent-renewal"), { kind: "consent_renewal.run", data: { sent: ids } }, now);
    return ids;
  });
  return sent === null ? { sent: [], ranElsewhere: true } : { sent, ranElsewhere: false };
}
