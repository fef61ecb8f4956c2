import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { read, write } from "@/db";
import { applications, candidates, interviewers, interviews, schedulingRequests } from "@/db/schema";
import { INTERVIEW_KIND_LABELS } from "@/lib/validations/interviews";

/**
 * The CalDAV client (tsdav, ical.js) loads when a calendar is written, not in every server at
 * start: the periodic run imports this module, and an installation without calendars never needs it.
 */
const calendarWrite = () => import("./calendar-write");

/** Raises the calendar state a booking wants, in the transaction that books, moves or cancels it. */
export const wantCalendarSync = { calendarWanted: sql`${schedulingRequests.calendarWanted} + 1` };

/**
 * Brings the interviewers' CalDAV calendars in line with a request: the booked interview in each
 * attending interviewer's calendar (same UID as the invite, so a move replaces it), removed from
 * anyone who no longer attends and from everyone once cancelled. Runs outside any transaction (a
 * calendar may answer slowly); it records success only when every calendar took it and no newer
 * change came meanwhile, so the periodic run tries again after a calendar was down.
 */
export function syncCalendars(requestId: number, origin: string): Promise<boolean> {
  // One sync per request at a time in this process, so an older one cannot write after a newer one.
  const previous = running.get(requestId) ?? Promise.resolve(true);
  const next = previous.catch(() => false).then(() => syncRounds(requestId, origin));
  running.set(requestId, next);
  void next.finally(() => running.get(requestId) === next && running.delete(requestId)).catch(() => {});
  return next;
}

const running = new Map<number, Promise<boolean>>();

/** Syncs until the state it wrote is still the one wanted (another instance may change it meanwhile). */
async function syncRounds(requestId: number, origin: string): Promise<boolean> {
  for (let round = 0; round < 3; round++) {
    const outcome = await syncOnce(requestId, origin);
    if (outcome !== "changed") return outcome;
  }
  return false;
}

async function syncOnce(requestId: number, origin: string): Promise<boolean | "changed"> {
  const row = await read()
    .select({ r: schedulingRequests, i: interviews, name: candidates.fullName })
    .from(schedulingRequests)
    .innerJoin(applications, eq(applications.id, schedulingRequests.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(interviews, eq(interviews.id, schedulingRequests.interviewId))
    .where(eq(schedulingRequests.id, requestId))
    .get();
  if (!row) return false;
  const { r, i } = row;
  if (r.calendarDone >= r.calendarWanted) return true;
  const live = r.state === "booked" && i && !i.cancelledAt && i.startsAt;
  const attending = live
    ? (
        await read()
          .select({ id: interviewers.userId })
          .from(interviewers)
          .where(eq(interviewers.interviewId, i.id))
          .all()
      ).map((x) => x.id)
    : [];
  const uid = i ? `interview-${i.id}@${new URL(origin).hostname}` : null;
  const results = [];
  if (live && uid)
    for (const userId of attending)
      results.push(
        await (
          await calendarWrite()
        ).putCalendarEvent(userId, {
          uid,
          start: i.startsAt!,
          end: new Date(i.startsAt!.getTime() + i.durationMinutes * 60_000),
          summary: `Interview: ${row.name || "candidate"} (${INTERVIEW_KIND_LABELS[i.kind]})`,
          details: [`${origin}/staff/interviews/${i.id}`, i.videoUrl].filter(Boolean).join("\n"),
        }),
      );
  if (uid)
    for (const userId of r.calendarUserIds.filter((id) => !attending.includes(id)))
      results.push(await (await calendarWrite()).deleteCalendarEvent(userId, uid));
  if (results.some((x) => !x.ok)) return false;
  const recorded = await write((tx) =>
    tx
      .update(schedulingRequests)
      .set({ calendarDone: r.calendarWanted, calendarUserIds: attending })
      .where(and(eq(schedulingRequests.id, r.id), eq(schedulingRequests.calendarWanted, r.calendarWanted)))
      .run(),
  );
  return recorded.changes > 0 ? true : "changed";
}

/** Starts a sync after a change has committed, without making the candidate wait for calendars. */
export function kickCalendarSync(requestId: number, origin: string): void {
  void syncCalendars(requestId, origin).catch((e) => console.error("Calendar write-back failed:", e));
}

/** The periodic run's part: every request whose calendars are behind. */
export async function syncDueCalendars(origin: string, limit = 50): Promise<number> {
  const due = await read()
    .select({ id: schedulingRequests.id })
    .from(schedulingRequests)
    .where(lt(schedulingRequests.calendarDone, schedulingRequests.calendarWanted))
    .limit(limit)
    .all();
  let synced = 0;
  for (const { id } of due) if (await syncCalendars(id, origin)) synced += 1;
  return synced;
}
