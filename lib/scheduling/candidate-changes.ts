import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { read, write, writeLocked, type Tx } from "@/db";
import { applications, candidates, interviewers, interviews, jobs, schedulingRequests, users } from "@/db/schema";
import { applicationIdForToken } from "@/lib/candidates/status-token";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byCandidate } from "@/lib/events/record";
import { enqueueMail } from "@/lib/mail/outbox";
import { staffSchedulingMail } from "@/lib/mail/staff-messages";
import { hashToken, newToken } from "@/lib/security/tokens";
import { changeable, requestForToken } from "./booking";
import { kickCalendarSync } from "./calendar-sync";
import { closeRequestIn } from "./requests";

/**
 * The candidate cancels their booked time (or declines the link) until the minimum notice
 * before it. The recruiter who sent the link and the interviewers are told.
 */
export async function cancelByCandidate(token: string, origin: string, now = new Date()): Promise<void> {
  const request = await requestForToken(token, now);
  if (!request) throw new AppError("not_found", msg("common.notFound"));
  const locks = [`scheduling:${request.id}`, ...request.interviewerIds.map((id) => `interviewer:${id}`)];
  await writeLocked(locks, async (tx) => {
    const current = (await tx.select().from(schedulingRequests).where(eq(schedulingRequests.id, request.id)).get())!;
    if (current.state !== "requested" && current.state !== "booked")
      throw new AppError("not_found", msg("common.notFound"));
    const interview = current.interviewId
      ? await tx.select().from(interviews).where(eq(interviews.id, current.interviewId)).get()
      : undefined;
    if (current.state === "booked" && !changeable(current, interview?.startsAt ?? null, now))
      throw new AppError("conflict", msg("scheduling.tooCloseToCancel"));
    const attending = current.state === "booked" && interview ? await interviewerIdsOf(tx, interview.id) : [];
    await closeRequestIn(tx, byCandidate, current, now);
    const app = (await tx.select().from(applications).where(eq(applications.id, current.applicationId)).get())!;
    const person = (await tx
      .select({ name: candidates.fullName })
      .from(candidates)
      .where(eq(candidates.id, app.candidateId))
      .get())!;
    const job = (await tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
    const told = await tx
      .select({ name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(inArray(users.id, [...new Set([current.createdByUserId, ...attending])]))
      .all();
    // A booked time the candidate cancels names it; a link they decline has none.
    const startsAt = current.state === "booked" ? (interview?.startsAt ?? null) : null;
    for (const who of told)
      await enqueueMail(
        tx,
        staffSchedulingMail(
          who,
          { kind: "scheduling_cancelled", startsAt },
          {
            candidate: person.name,
            job: job.content,
            applicationId: app.id,
            link: `${origin}/staff/applications/${app.id}`,
          },
        ),
        now,
      );
  });
  kickCalendarSync(request.id, origin);
}

async function interviewerIdsOf(tx: Tx, interviewId: number) {
  return (
    await tx
      .select({ id: interviewers.userId })
      .from(interviewers)
      .where(eq(interviewers.interviewId, interviewId))
      .all()
  ).map((r) => r.id);
}

/**
 * From the candidate's status page: a fresh link to their booked (or still open) scheduling
 * request. The token is kept hashed only, so the page cannot show the mailed one; a new one
 * replaces it, and the mailed link stops working.
 */
export async function freshLinkFromStatus(statusToken: string, requestId: number): Promise<string> {
  const applicationId = await applicationIdForToken(statusToken);
  if (applicationId === null) throw new AppError("not_found", msg("common.notFound"));
  const token = newToken();
  const changed = await write((tx) =>
    tx
      .update(schedulingRequests)
      .set({ tokenHash: hashToken(token) })
      .where(
        and(
          eq(schedulingRequests.id, requestId),
          eq(schedulingRequests.applicationId, applicationId),
          inArray(schedulingRequests.state, ["requested", "booked"]),
        ),
      )
      .run(),
  );
  if (changed.changes === 0) throw new AppError("not_found", msg("common.notFound"));
  return token;
}

/** What the status page shows of scheduling: open links and booked times. */
export async function schedulingForStatus(statusToken: string, now = new Date()) {
  const applicationId = await applicationIdForToken(statusToken);
  if (applicationId === null) return [];
  const rows = await read()
    .select({ r: schedulingRequests, startsAt: interviews.startsAt })
    .from(schedulingRequests)
    .leftJoin(interviews, eq(interviews.id, schedulingRequests.interviewId))
    .where(
      and(
        eq(schedulingRequests.applicationId, applicationId),
        inArray(schedulingRequests.state, ["requested", "booked"]),
      ),
    )
    .orderBy(desc(schedulingRequests.id))
    .all();
  return rows
    .filter(({ r }) => r.state === "booked" || r.windowEnd.getTime() > now.getTime())
    .map(({ r, startsAt }) => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      startsAt: r.state === "booked" ? startsAt : null,
      changeable: r.state === "requested" || changeable(r, startsAt, now),
    }));
}
