import "server-only";
import { takesApplications } from "@/lib/jobs/open";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { applications, candidates, consents, files, jobQuestions, jobs, stages } from "@/db/schema";
import type { CheckedAnswer } from "@/lib/validations/answers";
import { storeAnswers } from "./knockouts";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import type { CvType } from "@/lib/files/sniff";
import { moveIntoPlace, newStorageKey, removeQuietly } from "@/lib/files/storage";
import { countryName } from "@/lib/geo/countries";
import { errorMessage } from "@/lib/i18n/errors";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { NOTICE_VERSION, privacyNotice } from "@/lib/privacy/notice";
import { COMPANY } from "@/lib/company";
import { hashToken, newToken } from "@/lib/security/tokens";
import { foldForSearch } from "@/lib/search/fold";
import type { ApplicationData } from "@/lib/validations/application";
import type { UploadedFile } from "./parse-multipart";
import { statusPath } from "./confirmation";
import { buildMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { byCandidate, recordEvent } from "@/lib/events/record";

export type SubmittedApplication = { id: number; token: string };

function openJob(slug: string, locale: "en" | "sv") {
  const job = db().select().from(jobs).where(eq(jobs.slug, slug)).get();
  if (!job || !takesApplications(job)) {
    throw new AppError("not_found", errorMessage(locale, job && job.status !== "draft" ? "job.closed" : "job.missing"));
  }
  return job;
}

/** An upload whose type was decided from its bytes (lib/files/sniff), never from its name. */
export type CheckedUpload = UploadedFile & { detected: CvType };

/**
 * Stores one application: the CV is moved into place first, then every row is written in one
 * transaction; if that fails the file is removed again, so nothing is ever half-stored.
 */
export async function submitApplication(
  slug: string,
  data: ApplicationData,
  upload?: CheckedUpload,
  origin = "",
  answers: CheckedAnswer[] = [],
): Promise<SubmittedApplication> {
  const locale = data.locale;
  const job = openJob(slug, locale);
  if (!job.location.applicantCountries.includes(data.country)) {
    const message = errorMessage(locale, "country.notEu", { country: countryName(data.country, locale) });
    throw new AppError("invalid", message, { errors: { country: message } });
  }

  const { UPLOAD_DIR, RETENTION_DAYS, KNOCKOUT_DELAY_HOURS } = env();
  const storageKey = upload ? newStorageKey() : undefined;
  const storedFile = upload && storageKey ? await moveIntoPlace(upload.tempPath, UPLOAD_DIR, storageKey) : undefined;
  const token = newToken();
  const now = new Date();
  const notice = privacyNotice(locale, RETENTION_DAYS, COMPANY.name);
  const emailKey = data.email.toLowerCase();

  try {
    const stored = db().transaction(
      (tx) => {
        // From the address to its few candidates, then their applications: a cross join keeps
        // SQLite to that order, where it would otherwise walk all of the job's active applications
        // (3.7 ms for 10,000 of them, on every application received).
        const duplicate = tx
          .select({
            id: applications.id,
            locale: applications.locale,
            name: candidates.fullName,
            address: candidates.email,
          })
          .from(candidates)
          .crossJoin(applications)
          .where(
            and(
              eq(candidates.emailKey, emailKey),
              eq(applications.candidateId, candidates.id),
              eq(applications.jobId, job.id),
              eq(applications.status, "active"),
            ),
          )
          .get();
        if (duplicate) return answerDuplicate(tx, job, duplicate, origin, now);
        const firstStage = tx
          .select({ id: stages.id })
          .from(stages)
          .where(eq(stages.jobId, job.id))
          .orderBy(asc(stages.position))
          .get();
        if (!firstStage) throw new Error(`Job ${job.slug} has no stages`);

        const candidate = tx
          .insert(candidates)
          .values({
            fullName: data.fullName,
            email: data.email,
            emailKey,
            phone: data.phone ?? null,
            country: data.country,
            linkedinUrl: data.linkedinUrl ?? null,
            githubUrl: data.githubUrl ?? null,
            portfolioUrl: data.portfolioUrl ?? null,
            searchText: foldForSearch(`${data.fullName} ${data.email}`),
            createdAt: now,
          })
          .returning({ id: candidates.id })
          .get();
        const application = tx
          .insert(applications)
          .values({
            jobId: job.id,
            candidateId: candidate.id,
            stageId: firstStage.id,
            source: data.source ?? null,
            locale,
            note: data.note ?? null,
            showSkills: data.showSkills ?? null,
            statusTokenHash: hashToken(token),
            stageEnteredAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: applications.id })
          .get();
        if (upload && storageKey) {
          tx.insert(files)
            .values({
              applicationId: application.id,
              originalName: upload.name.slice(0, 255),
              size: upload.size,
              sha256: upload.sha256,
              detectedType: upload.detected.type,
              mimeType: upload.detected.mime,
              storageKey,
              createdAt: now,
            })
            .run();
        }
        tx.insert(consents)
          .values([
            {
              applicationId: application.id,
              kind: "privacy_notice" as const,
              noticeVersion: NOTICE_VERSION,
              text: notice.consent,
              givenAt: now,
            },
            ...(data.futureRolesConsent
              ? [
                  {
                    applicationId: application.id,
                    kind: "future_roles" as const,
                    noticeVersion: NOTICE_VERSION,
                    text: notice.futureRoles,
                    givenAt: now,
                  },
                ]
              : []),
          ])
          .run();
        recordEvent(
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
          ? tx.select().from(jobQuestions).where(eq(jobQuestions.jobId, job.id)).all()
          : [];
        storeAnswers(tx, {
          applicationId: application.id,
          stageId: firstStage.id,
          locale,
          questions,
          answers,
          delayHours: KNOCKOUT_DELAY_HOURS,
          now,
        });
        enqueueMail(
          tx,
          buildMail("received", {
            locale,
            to: data.email,
            name: data.fullName,
            job: job.content[locale].title,
            applicationId: application.id,
            statusUrl: `${origin}${statusPath(token)}`,
          }),
          now,
        );
        return { id: application.id, token };
      },
      { behavior: "immediate" },
    );
    // The duplicate's answer carries a token of its own; its CV is not kept.
    if (stored.token !== token) await removeQuietly(storedFile);
    return stored;
  } catch (e) {
    await removeQuietly(storedFile);
    throw e;
  }
}

/**
 * A second application from an address with an active one for this job is answered exactly like
 * a first, so the answer tells no one that this person applied: an id is used up as a stored
 * application would use it, and the token is fresh and opens nothing. Nothing else is kept; the
 * address's owner is mailed instead, and pointed at the lost-link page, never sent a live link.
 */
function answerDuplicate(
  tx: Tx,
  job: { content: typeof jobs.$inferSelect.content },
  existing: { locale: Locale; name: string; address: string },
  origin: string,
  now: Date,
): SubmittedApplication {
  const { seq } = tx.get<{ seq: number }>(
    sql`UPDATE sqlite_sequence SET seq = seq + 1 WHERE name = 'applications' RETURNING seq`,
  );
  enqueueMail(
    tx,
    buildMail("already_applied", {
      locale: existing.locale,
      to: existing.address,
      name: existing.name,
      job: job.content[existing.locale].title,
      lostLinkUrl: `${origin}${localePath(existing.locale, "/lost-link")}`,
    }),
    now,
  );
  return { id: seq, token: newToken() };
}
