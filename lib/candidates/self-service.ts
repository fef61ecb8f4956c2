import "server-only";
import { asc, eq } from "drizzle-orm";
import { read, write, type Reader } from "@/db";
import {
  applicationAnswers,
  applicationEvents,
  applications,
  candidates,
  consents,
  cvTexts,
  files,
  interviews,
  jobs,
  referees,
  stages,
} from "@/db/schema";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import { readApplicationEvent } from "@/lib/events/application-events";
import { describeForCandidate } from "@/lib/events/describe";
import { byCandidate, recordEvent } from "@/lib/events/record";
import { transitionApplication } from "@/lib/applications/transition";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { readStored } from "@/lib/files/cv-objects";
import { applicationIdForToken } from "./status-token";

async function applicationRow(d: Reader, id: number | null) {
  const row = id === null ? undefined : await d.select().from(applications).where(eq(applications.id, id)).get();
  if (!row) throw new AppError("not_found", msg("common.notFound"));
  return row;
}

/** The application a status token opens; the token is the candidate's only credential. */
async function byToken(token: string) {
  return applicationRow(read(), await applicationIdForToken(token));
}

/**
 * Withdraws an active application at the candidate's request; the team sees it as Withdrawn. The
 * token is resolved first (opening a mailed link is a write of its own), the row read in the
 * withdrawal's transaction.
 */
export async function withdrawByToken(token: string): Promise<void> {
  const id = await applicationIdForToken(token);
  await write(async (tx) => {
    await transitionApplication(tx, byCandidate, await applicationRow(tx, id), "withdrawn");
  });
}

/** Everything held about the candidate, in their terms, with the CV file inside (base64). */
export async function exportByToken(token: string): Promise<Record<string, unknown>> {
  const app = await byToken(token);
  const person = (await read().select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
  const job = (await read().select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
  const stage = (await read().select({ name: stages.name }).from(stages).where(eq(stages.id, app.stageId)).get())!;
  const given = await read().select().from(consents).where(eq(consents.applicationId, app.id)).all();
  const history = await read()
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, app.id))
    .orderBy(asc(applicationEvents.createdAt))
    .all();
  const cv = await read().select().from(files).where(eq(files.applicationId, app.id)).get();
  const planned = await read()
    .select()
    .from(interviews)
    .where(eq(interviews.applicationId, app.id))
    .orderBy(asc(interviews.createdAt))
    .all();
  const refs = await read()
    .select()
    .from(referees)
    .where(eq(referees.applicationId, app.id))
    .orderBy(asc(referees.id))
    .all();
  const cvText = cv
    ? await read().select({ body: cvTexts.body }).from(cvTexts).where(eq(cvTexts.fileId, cv.id)).get()
    : undefined;
  const cvBase64 = cv ? ((await readStored(cv.storageKey))?.toString("base64") ?? null) : null;
  // The team can see that the candidate took their data, as the history says when it was.
  await write(async (tx) => recordEvent(tx, byCandidate, { kind: "exported", applicationId: app.id }));
  return {
    exportedAt: new Date().toISOString(),
    job: job.content[app.locale].title,
    application: {
      appliedAt: app.createdAt.toISOString(),
      status: app.status,
      step: stage.name[app.locale],
      language: app.locale,
      source: app.source,
      note: app.note,
      showSkills: app.showSkills,
      feedbackToYou: app.status === "rejected" ? app.candidateFeedback : null,
    },
    you: {
      fullName: person.fullName,
      email: person.email,
      phone: person.phone,
      country: person.country,
      linkedinUrl: person.linkedinUrl,
      githubUrl: person.githubUrl,
      portfolioUrl: person.portfolioUrl,
      erasedAt: person.erasedAt?.toISOString() ?? null,
    },
    answers: (
      await read()
        .select()
        .from(applicationAnswers)
        .where(eq(applicationAnswers.applicationId, app.id))
        .orderBy(asc(applicationAnswers.id))
        .all()
    ).map((x) => ({ question: x.label, answer: x.display })),
    consents: given.map((c) => ({
      kind: c.kind,
      noticeVersion: c.noticeVersion,
      text: c.text,
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    })),
    history: history.map((e) => ({
      at: e.createdAt.toISOString(),
      what: describeForCandidate(readApplicationEvent(e), app.locale),
    })),
    interviews: planned.map((i) => ({
      kind: i.kind,
      startsAt: i.startsAt?.toISOString() ?? null,
      videoUrl: i.videoUrl,
      cancelled: Boolean(i.cancelledAt),
    })),
    referees: refs.map((r) => ({ name: r.name, relation: r.relation, contact: r.contact, status: r.status })),
    cv: cv
      ? {
          fileName: cv.originalName,
          type: cv.mimeType,
          size: cv.size,
          sha256: cv.sha256,
          contentBase64: cvBase64,
          // The text read from it for search, as the team sees it beside the file.
          text: cvText?.body ?? null,
        }
      : null,
  };
}

/** Erases the candidate's personal data at their request, from the status page. No recovery. */
export async function eraseByToken(token: string): Promise<void> {
  const app = await byToken(token);
  await anonymiseApplications([app.id], { actor: byCandidate, kind: "erased", confirm: true });
}

/**
 * Erases every application on the candidate's record (after a recruiter's merge, one person's
 * applications to several jobs), from the status page of any one of them.
 */
export async function eraseAllByToken(token: string): Promise<void> {
  const app = await byToken(token);
  const ids = (
    await read()
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.candidateId, app.candidateId))
      .all()
  ).map((r) => r.id);
  await anonymiseApplications(ids, { actor: byCandidate, kind: "erased", confirm: true });
}

/** How many applications the status page's erase covers when the candidate asks for all of them. */
export async function applicationsOnRecord(token: string): Promise<number> {
  const app = await byToken(token);
  return (
    await read()
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.candidateId, app.candidateId))
      .all()
  ).length;
}
