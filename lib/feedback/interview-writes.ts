import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import {
  candidates,
  interviewers,
  interviews,
  jobs,
  stages,
  users,
  type Application,
  type Interview,
  type Locale,
} from "@/db/schema";
import { recordEvent, type EventActor } from "@/lib/events/record";
import { COMPANY } from "@/lib/company";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { buildMail } from "@/lib/mail/messages";
import { templateFor } from "@/lib/mail/templates";
import { enqueueMail } from "@/lib/mail/outbox";
import { interviewAssignedMail, interviewKindName, recipientLocale } from "@/lib/mail/staff-messages";
import { translator } from "@/lib/i18n/translator";
import type { InterviewPlan } from "@/lib/validations/interviews";
import { interviewInvite } from "./ics";
import { formatWhen } from "./when";

type Invitee = { id: number; name: string; email: string; locale: Locale | null };

/** The active staff users with these (normalised) addresses; any unknown one is a field error. */
export async function resolveInterviewers(tx: Tx, emails: string[]): Promise<Invitee[]> {
  const found = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailKey: users.emailKey,
      active: users.active,
      locale: users.locale,
    })
    .from(users)
    .where(inArray(users.emailKey, emails))
    .all();
  const missing = emails.filter((e) => !found.some((u) => u.emailKey === e && u.active));
  if (missing.length) {
    throw new AppError("invalid", msg("common.invalidFields"), {
      errors: { interviewers: msg("interview.noActiveStaff", { addresses: missing.join(", ") }) },
    });
  }
  return found.map(({ id, name, email, locale }) => ({ id, name, email, locale }));
}

function domainOf(origin: string): string {
  return new URL(origin).hostname;
}

/** The calendar file for an interview, or null while it has no time. */
export function inviteFor(interview: Interview, title: string, description: string, origin: string): string | null {
  if (!interview.startsAt) return null;
  return interviewInvite({
    interviewId: interview.id,
    sequence: interview.sequence,
    startsAt: interview.startsAt,
    durationMinutes: interview.durationMinutes,
    title,
    description,
    videoUrl: interview.videoUrl,
    domain: domainOf(origin),
  });
}

const ics = (content: string) => [
  { filename: "interview.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content },
];

/** Tells every interviewer and the candidate, through the outbox, in the same transaction as the plan. */
export async function announceInterview(
  tx: Tx,
  app: Application,
  interview: Interview,
  invitees: Invitee[],
  origin: string,
  now: Date,
): Promise<void> {
  const person = (await tx.select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
  const job = (await tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
  const staffLink = `${origin}/staff/interviews/${interview.id}`;
  for (const who of invitees) {
    const locale = recipientLocale(who);
    const jobTitle = job.content[locale]?.title ?? job.content.en.title;
    const t = translator(locale, "emails");
    const inviteTitle = t("interviewAssigned.inviteTitle", {
      candidate: person.fullName,
      kind: interviewKindName(locale, interview.kind),
      job: jobTitle,
    });
    const staffInvite = inviteFor(
      interview,
      inviteTitle,
      t("interviewAssigned.inviteDescription", { link: staffLink }),
      origin,
    );
    const mail = interviewAssignedMail({
      to: who,
      candidate: person.fullName,
      job: jobTitle,
      kind: interview.kind,
      startsAt: interview.startsAt,
      videoUrl: interview.videoUrl,
      link: staffLink,
      colleagues: invitees.filter((i) => i.id !== who.id).map((i) => i.name),
      applicationId: app.id,
    });
    await enqueueMail(tx, { ...mail, attachments: staffInvite ? ics(staffInvite) : undefined }, now);
  }
  if (person.erasedAt || !person.email) return;
  const title = job.content[app.locale].title;
  const candidateKind = candidateKindName(app.locale, interview.kind);
  const invite = inviteFor(interview, `${COMPANY.name}: ${candidateKind} (${title})`, interview.videoUrl ?? "", origin);
  const mail = buildMail("interview_planned", {
    locale: app.locale,
    to: person.email,
    name: person.fullName,
    job: title,
    applicationId: app.id,
    interview: {
      kind: candidateKind,
      when: interview.startsAt ? formatWhen(interview.startsAt, app.locale) : null,
      videoUrl: interview.videoUrl,
    },
    template: await templateFor(tx, "interview_planned", app.locale, app.jobId),
  });
  await enqueueMail(tx, { ...mail, attachments: invite ? ics(invite) : undefined }, now);
}

/** The interview kind as the candidate reads it, in their language (the catalog's feedback.candidateKinds). */
export function candidateKindName(locale: Locale, kind: Interview["kind"]): string {
  return translator(locale, "feedback")(`candidateKinds.${kind}`);
}

/** The application's stage, when interviews may be planned in it now (active, a stage of the kind Interview). */
export async function interviewStageOf(tx: Pick<Tx, "select">, app: Application) {
  const stage = (await tx.select().from(stages).where(eq(stages.id, app.stageId)).get())!;
  if (app.status !== "active") throw new AppError("unprocessable", msg("interview.activeOnly", { status: app.status }));
  if (stage.kind !== "interview") {
    throw new AppError("unprocessable", msg("interview.notInterviewStage", { stage: stage.staffName }));
  }
  return stage;
}

/**
 * The writes of planning an interview, inside the caller's transaction: the interview, its
 * interviewers, the event and the mails with their calendar invites. The application must be
 * active and in a stage of the kind `interview`; the caller has checked who may plan it.
 */
export async function planInterviewIn(
  tx: Tx,
  by: EventActor,
  createdByUserId: number,
  app: Application,
  input: InterviewPlan,
  origin: string,
  now: Date,
): Promise<Interview> {
  const stage = await interviewStageOf(tx, app);
  const invitees = await resolveInterviewers(tx, input.interviewers);
  const interview = await tx
    .insert(interviews)
    .values({
      applicationId: app.id,
      stageId: stage.id,
      kind: input.kind,
      startsAt: input.startsAt ? new Date(input.startsAt) : null,
      durationMinutes: input.durationMinutes ?? 60,
      videoUrl: input.videoUrl ?? null,
      createdByUserId,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  await tx
    .insert(interviewers)
    .values(invitees.map((i) => ({ interviewId: interview.id, userId: i.id })))
    .run();
  await recordEvent(
    tx,
    by,
    {
      kind: "interview_planned",
      applicationId: app.id,
      data: {
        interviewId: interview.id,
        interviewKind: input.kind,
        interviewers: invitees.map((i) => i.name),
        startsAt: interview.startsAt?.toISOString() ?? null,
      },
    },
    now,
  );
  await announceInterview(tx, app, interview, invitees, origin, now);
  return interview;
}

/**
 * Moves an interview to a new time (and interviewers), inside the caller's transaction: the
 * sequence goes up so calendar clients replace the invite they hold, and everyone is told again.
 */
export async function moveInterviewIn(
  tx: Tx,
  app: Application,
  interviewId: number,
  change: { startsAt: Date; interviewers: string[] },
  origin: string,
  now: Date,
): Promise<Interview> {
  const before = (await tx.select().from(interviews).where(eq(interviews.id, interviewId)).get())!;
  const invitees = await resolveInterviewers(tx, change.interviewers);
  const interview = await tx
    .update(interviews)
    .set({ startsAt: change.startsAt, sequence: before.sequence + 1, updatedAt: now })
    .where(eq(interviews.id, interviewId))
    .returning()
    .get();
  await tx.delete(interviewers).where(eq(interviewers.interviewId, interviewId)).run();
  await tx
    .insert(interviewers)
    .values(invitees.map((i) => ({ interviewId, userId: i.id })))
    .run();
  await announceInterview(tx, app, interview, invitees, origin, now);
  return interview;
}

/** Calls an interview off inside the caller's transaction, with its event. */
export async function cancelInterviewIn(tx: Tx, by: EventActor, interview: Interview, now: Date): Promise<void> {
  await tx
    .update(interviews)
    .set({ cancelledAt: now, updatedAt: now, sequence: interview.sequence + 1 })
    .where(eq(interviews.id, interview.id))
    .run();
  await recordEvent(
    tx,
    by,
    {
      kind: "interview_cancelled",
      applicationId: interview.applicationId,
      data: { interviewId: interview.id, interviewKind: interview.kind },
    },
    now,
  );
}
