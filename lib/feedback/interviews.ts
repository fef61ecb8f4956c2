import "server-only";
import { eq, inArray } from "drizzle-orm";
import { read, write, type Tx } from "@/db";
import {
  applications as applicationsTable,
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
import { byUser, recordEvent } from "@/lib/events/record";
import { visibleApplication } from "@/lib/applications/access";
import { COMPANY } from "@/lib/company";
import { AppError } from "@/lib/errors";
import { buildMail } from "@/lib/mail/messages";
import { templateFor } from "@/lib/mail/templates";
import { enqueueMail } from "@/lib/mail/outbox";
import { interviewAssignedMail, interviewKindName, recipientLocale } from "@/lib/mail/staff-messages";
import { translator } from "@/lib/i18n/translator";
import type { Actor } from "@/lib/auth/permissions";
import { INTERVIEW_KIND_LABELS, type InterviewPlan } from "@/lib/validations/interviews";
import { interviewInvite } from "./ics";
import { formatWhen } from "./when";

type Invitee = { id: number; name: string; email: string; locale: Locale | null };

async function resolveInterviewers(tx: Tx, emails: string[]): Promise<Invitee[]> {
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
    throw new AppError("invalid", "Some fields are not valid.", {
      errors: { interviewers: `No active staff user with the address ${missing.join(", ")}.` },
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
async function notify(
  tx: Tx,
  app: Application,
  interview: Interview,
  invitees: Invitee[],
  origin: string,
  now: Date,
): Promise<void> {
  const person = (await tx.select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
  const job = (await tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
  const kindLabel = INTERVIEW_KIND_LABELS[interview.kind];
  const staffLink = `${origin}/staff/interviews/${interview.id}`;
  for (const who of invitees) {
    const locale = recipientLocale(who);
    const job_ = job.content[locale]?.title ?? job.content.en.title;
    const t = translator(locale, "emails");
    const inviteTitle = t("interviewAssigned.inviteTitle", {
      candidate: person.fullName,
      kind: interviewKindName(locale, interview.kind),
      job: job_,
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
      job: job_,
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
  const candidateKind = app.locale === "sv" ? kindLabelSv[interview.kind] : kindLabel;
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

const kindLabelSv: Record<Interview["kind"], string> = {
  manager_meeting: "Möt din blivande chef",
  system_design: "Systemdesign",
  programming: "Programmering",
  technical: "Teknisk intervju",
  other: "Intervju",
};

/**
 * Plans an interview on an application in a stage of the kind `interview`.
 * The interviewers are what lets a hiring manager see the application; each is told by email
 * with a calendar invite, and so is the candidate.
 */
export async function planInterview(
  actor: Actor | null,
  applicationId: number,
  input: InterviewPlan,
  origin: string,
): Promise<{ id: number }> {
  const { actor: who } = await visibleApplication(actor, "interviews.plan", applicationId);
  const now = new Date();
  return write(async (tx) => {
    const app = (await tx.select().from(applicationsTable).where(eq(applicationsTable.id, applicationId)).get())!;
    const stage = (await tx.select().from(stages).where(eq(stages.id, app.stageId)).get())!;
    if (app.status !== "active")
      throw new AppError(
        "unprocessable",
        `This application is ${app.status}; interviews can only be planned for active ones.`,
      );
    if (stage.kind !== "interview") {
      throw new AppError(
        "unprocessable",
        `Interviews are planned in the stages of the kind Interview, and “${stage.staffName}” is not one. Move the application there first.`,
      );
    }
    const invitees = await resolveInterviewers(tx, input.interviewers);
    const interview = await tx
      .insert(interviews)
      .values({
        applicationId,
        stageId: stage.id,
        kind: input.kind,
        startsAt: input.startsAt ? new Date(input.startsAt) : null,
        durationMinutes: input.durationMinutes ?? 60,
        videoUrl: input.videoUrl ?? null,
        createdByUserId: who.id,
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
      byUser(who),
      {
        kind: "interview_planned",
        applicationId,
        data: {
          interviewId: interview.id,
          interviewKind: input.kind,
          interviewers: invitees.map((i) => i.name),
          startsAt: interview.startsAt?.toISOString() ?? null,
        },
      },
      now,
    );
    await notify(tx, app, interview, invitees, origin, now);
    return { id: interview.id };
  });
}

/** Calls an interview off: its interviewers lose access through it, and their drafts stop being due. */
export async function cancelInterview(
  actor: Actor | null,
  interviewId: number,
): Promise<{ id: number; applicationId: number }> {
  const now = new Date();
  // The checks that decide the write are read inside its transaction, so nothing changes in between.
  return write(async (tx) => {
    const interview = await tx.select().from(interviews).where(eq(interviews.id, interviewId)).get();
    if (!interview) throw new AppError("not_found", "Not found.");
    const { actor: who } = await visibleApplication(actor, "interviews.plan", interview.applicationId, tx);
    if (interview.cancelledAt) throw new AppError("conflict", "This interview is already cancelled.");
    await tx
      .update(interviews)
      .set({ cancelledAt: now, updatedAt: now, sequence: interview.sequence + 1 })
      .where(eq(interviews.id, interviewId))
      .run();
    await recordEvent(
      tx,
      byUser(who),
      {
        kind: "interview_cancelled",
        applicationId: interview.applicationId,
        data: { interviewId, interviewKind: interview.kind },
      },
      now,
    );
    return { id: interviewId, applicationId: interview.applicationId };
  });
}

/** The calendar file of an interview, for staff who may see its application; 404 while it has no time. */
export async function interviewInviteFile(actor: Actor | null, interviewId: number, origin: string): Promise<string> {
  const interview = await read().select().from(interviews).where(eq(interviews.id, interviewId)).get();
  if (!interview) throw new AppError("not_found", "Not found.");
  const { application } = await visibleApplication(actor, "staff.access", interview.applicationId);
  const person = (await read()
    .select({ name: candidates.fullName })
    .from(candidates)
    .where(eq(candidates.id, application.candidateId))
    .get())!;
  const job = (await read().select({ content: jobs.content }).from(jobs).where(eq(jobs.id, application.jobId)).get())!;
  const file = inviteFor(
    interview.cancelledAt ? { ...interview, startsAt: null } : interview,
    `Interview: ${person.name} (${INTERVIEW_KIND_LABELS[interview.kind]}, ${job.content.en.title})`,
    `Scorecard: ${origin}/staff/interviews/${interview.id}`,
    origin,
  );
  if (!file)
    throw new AppError(
      "not_found",
      interview.cancelledAt ? "This interview was cancelled." : "This interview has no time yet.",
    );
  return file;
}
