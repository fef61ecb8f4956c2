import "server-only";
import { eq } from "drizzle-orm";
import { read, write } from "@/db";
import { candidates, interviews, jobs } from "@/db/schema";
import { byUser } from "@/lib/events/record";
import { visibleApplication } from "@/lib/applications/access";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { Actor } from "@/lib/auth/permissions";
import { INTERVIEW_KIND_LABELS, type InterviewPlan } from "@/lib/validations/interviews";
import { cancelInterviewIn, inviteFor, planInterviewIn } from "./interview-writes";

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
  const now = new Date();
  return write(async (tx) => {
    // Checked inside the write, like every check that decides one.
    const { actor: who, application: app } = await visibleApplication(actor, "interviews.plan", applicationId, tx);
    const interview = await planInterviewIn(tx, byUser(who), who.id, app, input, origin, now);
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
    if (!interview) throw new AppError("not_found", msg("common.notFound"));
    const { actor: who } = await visibleApplication(actor, "interviews.plan", interview.applicationId, tx);
    if (interview.cancelledAt) throw new AppError("conflict", msg("interview.alreadyCancelled"));
    await cancelInterviewIn(tx, byUser(who), interview, now);
    return { id: interviewId, applicationId: interview.applicationId };
  });
}

/** The calendar file of an interview, for staff who may see its application; 404 while it has no time. */
export async function interviewInviteFile(actor: Actor | null, interviewId: number, origin: string): Promise<string> {
  const interview = await read().select().from(interviews).where(eq(interviews.id, interviewId)).get();
  if (!interview) throw new AppError("not_found", msg("common.notFound"));
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
  if (!file) throw new AppError("not_found", msg(interview.cancelledAt ? "interview.cancelled" : "interview.noTime"));
  return file;
}
