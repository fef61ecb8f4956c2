import { and, eq, gt, isNull, lte } from "drizzle-orm";
import { database, type Database, type Tx } from "@/db";
import {
  applications,
  candidates,
  interviewers,
  interviews,
  jobs,
  schedulingRequests,
  users,
  type SchedulingRequest,
} from "@/db/schema";
import { runAlone } from "@/lib/coordination/run-alone";
import { bySystem, recordEvent } from "@/lib/events/record";
import { formatWhen } from "@/lib/feedback/when";
import { enqueueMail } from "@/lib/mail/outbox";
import { hashToken, newToken } from "@/lib/security/tokens";
import { staffSchedulingMail } from "@/lib/mail/staff-messages";
import { candidateReminderMail } from "./mail";
import { candidateKindLabel } from "./requests";

const DAY_MS = 24 * 60 * 60_000;
export type SchedulingRun = { expired: number[]; reminded: number[] };

/**
 * The periodic part of self-scheduling, one instance at a time: links nobody booked within
 * their window expire (the recruiter who sent one is told), and a day before a booked interview
 * the candidate and the interviewers get a reminder. Each is marked in the transaction that
 * queues its mail, so each is sent once.
 */
export async function runSchedulingJobs(
  origin: string,
  now = new Date(),
  target: Database = database(),
): Promise<SchedulingRun> {
  const run = await runAlone(target, "scheduling", async (tx) => {
    const result: SchedulingRun = { expired: [], reminded: [] };
    const lapsed = await tx
      .select()
      .from(schedulingRequests)
      .where(and(eq(schedulingRequests.state, "requested"), lte(schedulingRequests.windowEnd, now)))
      .limit(500)
      .all();
    for (const r of lapsed) {
      await expire(tx, r, origin, now);
      result.expired.push(r.id);
    }
    const due = await tx
      .select({ r: schedulingRequests, startsAt: interviews.startsAt })
      .from(schedulingRequests)
      .innerJoin(interviews, eq(interviews.id, schedulingRequests.interviewId))
      .where(
        and(
          eq(schedulingRequests.state, "booked"),
          isNull(schedulingRequests.remindedAt),
          isNull(interviews.cancelledAt),
          gt(interviews.startsAt, now),
          lte(interviews.startsAt, new Date(now.getTime() + DAY_MS)),
        ),
      )
      .limit(500)
      .all();
    for (const { r, startsAt } of due) {
      await remind(tx, r, startsAt!, origin, now);
      result.reminded.push(r.id);
    }
    return result;
  });
  return run ?? { expired: [], reminded: [] };
}

async function context(tx: Tx, r: SchedulingRequest) {
  const app = (await tx.select().from(applications).where(eq(applications.id, r.applicationId)).get())!;
  const person = (await tx.select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
  const job = (await tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, app.jobId)).get())!;
  return { app, person, job };
}

async function expire(tx: Tx, r: SchedulingRequest, origin: string, now: Date) {
  await tx
    .update(schedulingRequests)
    .set({ state: "expired", updatedAt: now })
    .where(eq(schedulingRequests.id, r.id))
    .run();
  await recordEvent(
    tx,
    bySystem("scheduling"),
    { kind: "scheduling_expired", applicationId: r.applicationId, data: { requestId: r.id } },
    now,
  );
  const { app, person, job } = await context(tx, r);
  const recruiter = await tx.select().from(users).where(eq(users.id, r.createdByUserId)).get();
  if (!recruiter?.active) return;
  await enqueueMail(
    tx,
    staffSchedulingMail(
      recruiter,
      { kind: "scheduling_expired", interviewKind: r.kind },
      {
        candidate: person.fullName,
        job: job.content,
        applicationId: app.id,
        link: `${origin}/staff/applications/${app.id}`,
      },
    ),
    now,
  );
}

/** The candidate's reminder carries a fresh link (only hashes are kept), which replaces the mailed one. */
async function remind(tx: Tx, r: SchedulingRequest, startsAt: Date, origin: string, now: Date) {
  const token = newToken();
  await tx
    .update(schedulingRequests)
    .set({ remindedAt: now, tokenHash: hashToken(token) })
    .where(eq(schedulingRequests.id, r.id))
    .run();
  const { app, person, job } = await context(tx, r);
  if (!person.erasedAt && person.email)
    await enqueueMail(
      tx,
      candidateReminderMail({
        locale: app.locale,
        to: person.email,
        name: person.fullName,
        job: job.content[app.locale].title,
        applicationId: app.id,
        kind: candidateKindLabel(r.kind, app.locale),
        when: formatWhen(startsAt, app.locale),
        link: `${origin}/schedule/${token}`,
      }),
      now,
    );
  const staff = await tx
    .select({ name: users.name, email: users.email, locale: users.locale })
    .from(interviewers)
    .innerJoin(users, eq(users.id, interviewers.userId))
    .where(and(eq(interviewers.interviewId, r.interviewId!), eq(users.active, true)))
    .all();
  for (const who of staff)
    await enqueueMail(
      tx,
      staffSchedulingMail(
        who,
        { kind: "scheduling_reminder", interviewKind: r.kind, startsAt },
        {
          candidate: person.fullName,
          job: job.content,
          applicationId: app.id,
          link: `${origin}/staff/interviews/${r.interviewId}`,
        },
      ),
      now,
    );
}
