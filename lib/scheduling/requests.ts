import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { read, write, type Tx } from "@/db";
import {
  applications,
  candidates,
  interviews,
  jobs,
  schedulingRequests,
  users,
  type SchedulingRequest,
  type SchedulingState,
} from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byUser, recordEvent, type EventActor } from "@/lib/events/record";
import { cancelInterviewIn, interviewStageOf, resolveInterviewers } from "@/lib/feedback/interview-writes";
import { formatWhen } from "@/lib/feedback/when";
import { enqueueMail } from "@/lib/mail/outbox";
import { hashToken, newToken } from "@/lib/security/tokens";
import { INTERVIEW_KIND_LABELS } from "@/lib/validations/interviews";
import type { SchedulingRequestInput } from "@/lib/validations/scheduling";
import { kickCalendarSync, wantCalendarSync } from "./calendar-sync";
import { candidateCancelledMail } from "./mail";
import { candidateKindLabel, schedulingRequestMail } from "./request-mail";
import { workingDaysEnd } from "./zone";

export type SchedulingRequestDto = {
  id: number;
  state: SchedulingState;
  kind: string;
  /** The kind's key (`technical`...), for showing it in the reader's language. */
  kindKey: SchedulingRequest["kind"];
  durationMinutes: number;
  interviewers: string[];
  required: number;
  windowEnd: string;
  startsAt: string | null;
  interviewId: number | null;
  createdAt: string;
};

export { candidateKindLabel };

/**
 * Sends the candidate a link to pick an interview time themselves. The application must be one
 * an interview may be planned for now; the link is a new random token, kept hashed.
 */
export async function createSchedulingRequest(
  actor: Actor | null,
  applicationId: number,
  input: SchedulingRequestInput,
  origin: string,
  now = new Date(),
): Promise<{ id: number; state: SchedulingState; windowEnd: string }> {
  const { actor: who } = await visibleApplication(actor, "interviews.plan", applicationId);
  const token = newToken();
  return write(async (tx) => {
    const app = (await tx.select().from(applications).where(eq(applications.id, applicationId)).get())!;
    const stage = await interviewStageOf(tx, app);
    const invitees = await resolveInterviewers(tx, input.interviewers);
    const windowEnd = workingDaysEnd(now, input.windowDays);
    const row = await tx
      .insert(schedulingRequests)
      .values({
        applicationId,
        stageId: stage.id,
        kind: input.kind,
        durationMinutes: input.durationMinutes,
        interviewerIds: invitees.map((i) => i.id),
        requiredCount: input.required ?? invitees.length,
        windowStart: now,
        windowEnd,
        minNoticeMinutes: input.minNoticeHours * 60,
        bufferMinutes: input.bufferMinutes,
        videoUrl: input.videoUrl ?? null,
        note: input.note || null,
        tokenHash: hashToken(token),
        createdByUserId: who.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    await recordEvent(
      tx,
      byUser(who),
      {
        kind: "scheduling_requested",
        applicationId,
        data: {
          requestId: row.id,
          interviewKind: row.kind,
          interviewers: invitees.map((i) => i.name),
          required: row.requiredCount,
          windowEnd: windowEnd.toISOString(),
        },
      },
      now,
    );
    const mail = await schedulingRequestMail(tx, app, row, `${origin}/schedule/${token}`);
    if (mail) await enqueueMail(tx, mail, now);
    return { id: row.id, state: row.state, windowEnd: windowEnd.toISOString() };
  });
}

/**
 * Ends a request and, when it was booked, calls the interview off and tells the candidate:
 * the writes of a staff cancel and of a candidate's own, inside the caller's transaction.
 */
export async function closeRequestIn(
  tx: Tx,
  by: EventActor,
  request: SchedulingRequest,
  now: Date,
): Promise<{ interviewStartsAt: Date | null }> {
  await tx
    .update(schedulingRequests)
    .set({ state: "cancelled", updatedAt: now, ...wantCalendarSync })
    .where(eq(schedulingRequests.id, request.id))
    .run();
  await recordEvent(
    tx,
    by,
    {
      kind: "scheduling_cancelled",
      applicationId: request.applicationId,
      data: { requestId: request.id, by: by.type === "candidate" ? "candidate" : "staff" },
    },
    now,
  );
  const interview = request.interviewId
    ? await tx.select().from(interviews).where(eq(interviews.id, request.interviewId)).get()
    : undefined;
  if (interview && !interview.cancelledAt) await cancelInterviewIn(tx, by, interview, now);
  return { interviewStartsAt: interview && !interview.cancelledAt ? interview.startsAt : null };
}

/** A recruiter withdraws a link, or calls off the time booked through it; the candidate is told. */
export async function cancelSchedulingRequest(
  actor: Actor | null,
  requestId: number,
  origin: string,
  now = new Date(),
) {
  const done = await write(async (tx) => {
    const request = await tx.select().from(schedulingRequests).where(eq(schedulingRequests.id, requestId)).get();
    if (!request) throw new AppError("not_found", msg("common.notFound"));
    const { actor: who, application: app } = await visibleApplication(
      actor,
      "interviews.plan",
      request.applicationId,
      tx,
    );
    if (request.state === "cancelled" || request.state === "expired")
      throw new AppError("conflict", msg("scheduling.alreadyState", { state: request.state }));
    const { interviewStartsAt } = await closeRequestIn(tx, byUser(who), request, now);
    const person = (await tx.select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
    if (!person.erasedAt && person.email) {
      const job = (await tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
      const mail = candidateCancelledMail({
        locale: app.locale,
        to: person.email,
        name: person.fullName,
        job: job.content[app.locale].title,
        applicationId: app.id,
        kind: candidateKindLabel(request.kind, app.locale),
        when: interviewStartsAt ? formatWhen(interviewStartsAt, app.locale) : null,
      });
      await enqueueMail(tx, mail, now);
    }
    return { id: request.id, applicationId: request.applicationId, state: "cancelled" as const };
  });
  kickCalendarSync(done.id, origin);
  return done;
}

/** Every scheduling request of an application, newest first, for staff who may see it. */
export async function schedulingRequestsOf(
  actor: Actor | null,
  applicationId: number,
): Promise<SchedulingRequestDto[]> {
  await visibleApplication(actor, "staff.access", applicationId);
  const rows = await read()
    .select({ r: schedulingRequests, startsAt: interviews.startsAt })
    .from(schedulingRequests)
    .leftJoin(interviews, eq(interviews.id, schedulingRequests.interviewId))
    .where(eq(schedulingRequests.applicationId, applicationId))
    .orderBy(desc(schedulingRequests.createdAt), desc(schedulingRequests.id))
    .all();
  const ids = [...new Set(rows.flatMap(({ r }) => r.interviewerIds))];
  const names = new Map(
    ids.length
      ? (await read().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all()).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  return rows.map(({ r, startsAt }) => ({
    id: r.id,
    state: r.state,
    kind: INTERVIEW_KIND_LABELS[r.kind],
    kindKey: r.kind,
    durationMinutes: r.durationMinutes,
    interviewers: r.interviewerIds.map((id) => names.get(id) ?? `#${id}`),
    required: r.requiredCount,
    windowEnd: r.windowEnd.toISOString(),
    startsAt: r.state === "booked" && startsAt ? startsAt.toISOString() : null,
    interviewId: r.interviewId,
    createdAt: r.createdAt.toISOString(),
  }));
}
