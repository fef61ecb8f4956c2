import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { readFile } from "node:fs/promises";
import { db } from "@/db";
import { applicationAnswers, applicationEvents, applications, candidates, consents, files, interviews, jobs, referees, stages } from "@/db/schema";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import { buildMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { storedPath } from "@/lib/files/storage";
import { applicationIdForToken } from "./status-token";

/** The application a status token opens; the token is the candidate's only credential. */
function byToken(token: string) {
  const id = applicationIdForToken(token);
  const row = id === null ? undefined : db().select().from(applications).where(eq(applications.id, id)).get();
  if (!row) throw new AppError("not_found", "Not found.");
  return row;
}

/** Withdraws an active application at the candidate's request; the team sees it as Withdrawn. */
export function withdrawByToken(token: string): void {
  db().transaction(
    (tx) => {
      const app = byToken(token);
      if (app.status !== "active") throw new AppError("conflict", `This application is already ${app.status}.`);
      const now = new Date();
      tx.update(applications)
        .set({ status: "withdrawn", version: sql`${applications.version} + 1`, updatedAt: now })
        .where(eq(applications.id, app.id))
        .run();
      tx.insert(applicationEvents)
        .values({ applicationId: app.id, actorType: "candidate", kind: "withdrawn", fromStageId: app.stageId, toStageId: app.stageId, fromStatus: "active", toStatus: "withdrawn", createdAt: now })
        .run();
      const person = tx.select().from(candidates).where(eq(candidates.id, app.candidateId)).get()!;
      const job = tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get()!;
      enqueueMail(tx, buildMail("withdrawn", { locale: app.locale, to: person.email, name: person.fullName, job: job.content[app.locale].title, applicationId: app.id }), now);
    },
    { behavior: "immediate" },
  );
}

const EVENT_WORDS: Record<string, string> = {
  applied: "You applied",
  moved: "Your application moved to a new step",
  rejected: "The team decided not to go further",
  hired: "You were hired",
  withdrawn: "The application was withdrawn",
  reopened: "The application was reopened",
  interview_planned: "An interview was planned",
  interview_cancelled: "An interview was cancelled",
  decision_recorded: "The team made its decision",
  referee_added: "One of your referees was added",
  referee_status: "A reference was updated",
  background_check: "The background check was updated",
};

/** Everything held about the candidate, in their terms, with the CV file inside (base64). */
export async function exportByToken(token: string): Promise<Record<string, unknown>> {
  const app = byToken(token);
  const person = db().select().from(candidates).where(eq(candidates.id, app.candidateId)).get()!;
  const job = db().select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get()!;
  const stage = db().select({ name: stages.name }).from(stages).where(eq(stages.id, app.stageId)).get()!;
  const given = db().select().from(consents).where(eq(consents.applicationId, app.id)).all();
  const history = db().select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id)).orderBy(asc(applicationEvents.createdAt)).all();
  const cv = db().select().from(files).where(eq(files.applicationId, app.id)).get();
  const planned = db().select().from(interviews).where(eq(interviews.applicationId, app.id)).orderBy(asc(interviews.createdAt)).all();
  const refs = db().select().from(referees).where(eq(referees.applicationId, app.id)).orderBy(asc(referees.id)).all();
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
    answers: db()
      .select()
      .from(applicationAnswers)
      .where(eq(applicationAnswers.applicationId, app.id))
      .orderBy(asc(applicationAnswers.id))
      .all()
      .map((x) => ({ question: x.label, answer: x.display })),
    consents: given.map((c) => ({ kind: c.kind, noticeVersion: c.noticeVersion, text: c.text, givenAt: c.givenAt.toISOString(), withdrawnAt: c.withdrawnAt?.toISOString() ?? null })),
    history: history.map((e) => ({ at: e.createdAt.toISOString(), what: EVENT_WORDS[e.kind] ?? "Your application was updated" })),
    interviews: planned.map((i) => ({ kind: i.kind, startsAt: i.startsAt?.toISOString() ?? null, videoUrl: i.videoUrl, cancelled: Boolean(i.cancelledAt) })),
    referees: refs.map((r) => ({ name: r.name, relation: r.relation, contact: r.contact, status: r.status })),
    cv: cv
      ? {
          fileName: cv.originalName,
          type: cv.mimeType,
          size: cv.size,
          sha256: cv.sha256,
          contentBase64: (await readFile(storedPath(env().UPLOAD_DIR, cv.storageKey))).toString("base64"),
        }
      : null,
  };
}

/** Erases the candidate's personal data at their request, from the status page. No recovery. */
export async function eraseByToken(token: string): Promise<void> {
  const app = byToken(token);
  await anonymiseApplications([app.id], { actorType: "candidate", kind: "erased", confirm: true });
}
