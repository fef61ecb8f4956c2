import "server-only";
import { takesApplications } from "@/lib/jobs/open";
import { eq } from "drizzle-orm";
import { dialect, writeLocked, type Tx } from "@/db";
import { jobQuestions } from "@/db/schema";
import type { CheckedAnswer } from "@/lib/validations/answers";
import { storeAnswers } from "./knockouts";
import { AppError } from "@/lib/errors";
import { verbatim } from "@/lib/i18n/command-text";
import { env } from "@/lib/env";
import type { CvType } from "@/lib/files/sniff";
import { removeStored, storeUpload } from "@/lib/files/cv-objects";
import { countryName } from "@/lib/geo/countries";
import { errorMessage } from "@/lib/i18n/errors";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { NOTICE_VERSION, privacyNotice } from "@/lib/privacy/notice";
import { COMPANY } from "@/lib/company";
import { hashToken, newToken } from "@/lib/security/tokens";
import { personKeysOf } from "@/lib/people/identity";
import { foldForSearch } from "@/lib/search/fold";
import type { ApplicationData } from "@/lib/validations/application";
import type { UploadedFile } from "./parse-multipart";
import { statusPath } from "./confirmation";
import { buildMail } from "@/lib/mail/messages";
import { templateFor } from "@/lib/mail/templates";
import { enqueueMail } from "@/lib/mail/outbox";
import { byCandidate, recordEvent } from "@/lib/events/record";
import { intakeStatements } from "./intake-statements";

export type SubmittedApplication = { id: number; token: string };

/** An upload whose type was decided from its bytes (lib/files/sniff), never from its name. */
export type CheckedUpload = UploadedFile & { detected: CvType };

/**
 * Stores one application: the CV is put into the store first, then every row is written in one
 * transaction; if that fails the object is deleted again, so nothing is ever half-stored.
 */
export async function submitApplication(
  slug: string,
  data: ApplicationData,
  upload?: CheckedUpload,
  origin = "",
  answers: CheckedAnswer[] = [],
): Promise<SubmittedApplication> {
  const locale = data.locale;
  const { RETENTION_DAYS, KNOCKOUT_DELAY_HOURS } = env();
  const storageKey = upload ? await storeUpload(upload, locale) : undefined;
  const token = newToken();
  const now = new Date();
  const notice = privacyNotice(locale, RETENTION_DAYS, COMPANY.name);
  const emailKey = data.email.toLowerCase();

  try {
    // "One active application per address and job" is this write's one read-then-write rule:
    // guarded by a lock on the address, the rest are new rows (see writeLocked).
    const stored = await writeLocked([`intake:${emailKey}`], async (tx) => {
      const q = intakeStatements(tx);
      // Checked in the write's transaction: the job may have closed while the CV was arriving.
      const job = await q.toApply.get({ slug, emailKey });
      if (!job || !takesApplications(job)) {
        throw new AppError(
          "not_found",
          verbatim(errorMessage(locale, job && job.status !== "draft" ? "job.closed" : "job.missing")),
        );
      }
      if (!job.location.applicantCountries.includes(data.country)) {
        const message = errorMessage(locale, "country.notEu", { country: countryName(data.country, locale) });
        throw new AppError("invalid", verbatim(message), { errors: { country: message } });
      }
      const duplicate = job.duplicateId === null ? undefined : await q.duplicate.get({ emailKey, jobId: job.id });
      if (duplicate) return answerDuplicate(tx, job, duplicate, origin, now);
      if (job.firstStageId === null) throw new Error(`Job ${job.slug} has no stages`);
      const firstStage = { id: job.firstStageId };

      const candidate = (await q.candidate.get({
        fullName: data.fullName,
        email: data.email,
        emailKey,
        phone: data.phone ?? null,
        country: data.country,
        linkedinUrl: data.linkedinUrl ?? null,
        githubUrl: data.githubUrl ?? null,
        portfolioUrl: data.portfolioUrl ?? null,
        ...personKeysOf(data),
        searchText: foldForSearch(`${data.fullName} ${data.email}`),
        now,
      }))!;
      const application = (await q.application.get({
        jobId: job.id,
        candidateId: candidate.id,
        stageId: firstStage.id,
        source: data.source ?? null,
        locale,
        note: data.note ?? null,
        showSkills: data.showSkills ?? null,
        statusTokenHash: hashToken(token),
        now,
      }))!;
      if (upload && storageKey) {
        await q.file.run({
          applicationId: application.id,
          originalName: upload.name.slice(0, 255),
          size: upload.size,
          sha256: upload.sha256,
          detectedType: upload.detected.type,
          mimeType: upload.detected.mime,
          storageKey,
          now,
        });
      }
      const consent = { applicationId: application.id, noticeVersion: NOTICE_VERSION, now };
      await q.consent.run({ ...consent, kind: "privacy_notice", text: notice.consent });
      if (data.futureRolesConsent) await q.consent.run({ ...consent, kind: "future_roles", text: notice.futureRoles });
      await recordEvent(
        tx,
        byCandidate,
        {
          kind: "applied",
          applicationId: application.id,
          toStageId: firstStage.id,
          toStatus: "active",
          data: { source: data.source ?? null, cv: Boolean(upload) },
        },
        now,
      );
      const questions = answers.length
        ? await tx.select().from(jobQuestions).where(eq(jobQuestions.jobId, job.id)).all()
        : [];
      await storeAnswers(tx, {
        applicationId: application.id,
        stageId: firstStage.id,
        locale,
        questions,
        answers,
        delayHours: KNOCKOUT_DELAY_HOURS,
        now,
      });
      await enqueueMail(
        tx,
        buildMail("received", {
          locale,
          to: data.email,
          name: data.fullName,
          job: job.titles[locale],
          applicationId: application.id,
          statusUrl: `${origin}${statusPath(token)}`,
          template: await templateFor(tx, "received", locale, job.id),
        }),
        now,
      );
      return { id: application.id, token };
    });
    // The duplicate's answer carries a token of its own; its CV is not kept.
    if (stored.token !== token) await removeStored(storageKey);
    return stored;
  } catch (e) {
    await removeStored(storageKey);
    throw e;
  }
}

/**
 * A second application from an address with an active one for this job is answered exactly like
 * a first, so the answer tells no one that this person applied: an id is used up as a stored
 * application would use it, and the token is fresh and opens nothing. Nothing else is kept; the
 * address's owner is mailed instead, and pointed at the lost-link page, never sent a live link.
 */
async function answerDuplicate(
  tx: Tx,
  job: { titles: Record<Locale, string> },
  existing: { locale: Locale; name: string; address: string },
  origin: string,
  now: Date,
): Promise<SubmittedApplication> {
  const { id: seq } = await tx.get<{ id: number }>(dialect().takeNextId("applications"));
  await enqueueMail(
    tx,
    buildMail("already_applied", {
      locale: existing.locale,
      to: existing.address,
      name: existing.name,
      job: job.titles[existing.locale],
      lostLinkUrl: `${origin}${localePath(existing.locale, "/lost-link")}`,
    }),
    now,
  );
  return { id: seq, token: newToken() };
}
