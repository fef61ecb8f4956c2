import "server-only";
import { eq, inArray } from "drizzle-orm";
import { read, writeLocked } from "@/db";
import { applications, interviews, schedulingRequests, users, type SchedulingRequest } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { msg, type CommandText } from "@/lib/i18n/command-text";
import { byCandidate, recordEvent } from "@/lib/events/record";
import { moveInterviewIn, planInterviewIn } from "@/lib/feedback/interview-writes";
import { hashToken, looksLikeToken } from "@/lib/security/tokens";
import { freshCalendars } from "./calendar-busy";
import { offerFor, slotInput, type Slot } from "./offer";
import { checkSlot } from "./slots";
import { kickCalendarSync, wantCalendarSync } from "./calendar-sync";

const DAY_MS = 24 * 60 * 60_000;
/** An offered slot's start as the page sends it back: a whole minute in UTC. */
const SLOT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00(\.000)?Z$/;

/**
 * The request a scheduling link opens while it can still be used: requested within its window,
 * or booked; null for an unknown, cancelled or expired link, or an application that has left
 * its interview stage (all 404).
 */
export async function requestForToken(token: string, now = new Date()): Promise<SchedulingRequest | null> {
  if (!looksLikeToken(token)) return null;
  const row = await read()
    .select({ r: schedulingRequests, status: applications.status, stageId: applications.stageId })
    .from(schedulingRequests)
    .innerJoin(applications, eq(applications.id, schedulingRequests.applicationId))
    .where(eq(schedulingRequests.tokenHash, hashToken(token)))
    .get();
  if (!row || row.status !== "active" || row.stageId !== row.r.stageId) return null;
  if (row.r.state === "requested" && row.r.windowEnd.getTime() > now.getTime()) return row.r;
  return row.r.state === "booked" ? row.r : null;
}

/** The booked interview's start, or null. */
export async function bookedStart(request: SchedulingRequest): Promise<Date | null> {
  if (request.state !== "booked" || !request.interviewId) return null;
  const row = await read()
    .select({ startsAt: interviews.startsAt })
    .from(interviews)
    .where(eq(interviews.id, request.interviewId))
    .get();
  return row?.startsAt ?? null;
}

/** Whether the candidate may still move or cancel a booked time: until the minimum notice before it. */
export function changeable(request: SchedulingRequest, startsAt: Date | null, now: Date): boolean {
  return !!startsAt && startsAt.getTime() - request.minNoticeMinutes * 60_000 > now.getTime();
}

/** The open slots of a link, or an empty offer once a booked time can no longer be moved. */
export async function slotsFor(request: SchedulingRequest, now = new Date()): Promise<Slot[]> {
  if (request.state === "booked" && !changeable(request, await bookedStart(request), now)) return [];
  return (await offerFor(request, now, request.interviewId)).slots;
}

/** A refusal that carries the slots still open, so the page can show them again. */
export class SlotRefused extends AppError {
  constructor(
    text: CommandText,
    readonly slots: Slot[],
  ) {
    super("conflict", text, { current: { slots: slots.map((s) => s.startsAt.toISOString()) } });
  }
}

/**
 * Books (or moves) the candidate's interview at `slotText`. The time must be one the link offers
 * now: computed afresh (working hours, calendars, Rekry's interviews), then checked again inside
 * one write that holds a lock per interviewer, so two bookings can never put an interviewer into
 * overlapping times. The interview is planned exactly as a recruiter plans one.
 */
export async function bookSlot(
  token: string,
  slotText: string,
  origin: string,
  now = new Date(),
): Promise<{ requestId: number; interviewId: number; startsAt: string; rescheduled: boolean }> {
  const request = await requestForToken(token, now);
  if (!request) throw new AppError("not_found", msg("common.notFound"));
  const startsAt = new Date(slotText);
  if (!SLOT_SHAPE.test(slotText) || Number.isNaN(startsAt.getTime()))
    throw new AppError("invalid", msg("scheduling.badTime"), {
      errors: { slot: msg("scheduling.badTime") },
    });
  const endsAt = new Date(startsAt.getTime() + request.durationMinutes * 60_000);
  const earliest = Math.max(request.windowStart.getTime(), now.getTime() + request.minNoticeMinutes * 60_000);
  if (startsAt.getTime() < earliest || endsAt.getTime() > request.windowEnd.getTime())
    throw new AppError("invalid", msg("scheduling.outsideOffer"), {
      errors: { slot: msg("scheduling.outsideLink") },
    });
  const offer = await offerFor(request, now, request.interviewId);
  const slot = offer.slots.find((s) => s.startsAt.getTime() === startsAt.getTime());
  const refused = () =>
    new SlotRefused(
      msg("scheduling.slotTaken"),
      offer.slots.filter((s) => s !== slot),
    );
  if (!slot) throw refused();
  // Calendars are read afresh (past the cache) before the write, so no network call holds its locks.
  const pad = request.bufferMinutes * 60_000;
  const calendars = await freshCalendars(request.interviewerIds, startsAt.getTime() - pad, endsAt.getTime() + pad);
  const locks = [`scheduling:${request.id}`, ...request.interviewerIds.map((id) => `interviewer:${id}`)];
  const booked = await writeLocked(locks, async (tx) => {
    const current = (await tx.select().from(schedulingRequests).where(eq(schedulingRequests.id, request.id)).get())!;
    if (current.state !== "requested" && current.state !== "booked")
      throw new AppError("not_found", msg("common.notFound"));
    if (current.state === "booked" && current.interviewId) {
      const before = await tx.select().from(interviews).where(eq(interviews.id, current.interviewId)).get();
      if (!changeable(current, before?.startsAt ?? null, now))
        throw new AppError("conflict", msg("scheduling.tooCloseToMove"));
    }
    // Working hours, Rekry's interviews (read through this write, so it sees bookings made
    // meanwhile) and the fresh calendars, under the locks of every interviewer it may take.
    const check = await checkSlot(
      tx,
      slotInput(current, now, current.interviewId),
      { start: startsAt, end: endsAt },
      {
        calendars,
      },
    );
    if (!check.ok) throw refused();
    const chosen = check.interviewerIds;
    const people = await tx
      .select({ id: users.id, emailKey: users.emailKey })
      .from(users)
      .where(inArray(users.id, chosen))
      .all();
    const emails = chosen.map((id) => people.find((p) => p.id === id)!.emailKey);
    const app = (await tx.select().from(applications).where(eq(applications.id, current.applicationId)).get())!;
    const previous = current.state === "booked" && current.interviewId ? current.interviewId : null;
    const prevStart = previous
      ? (await tx.select({ s: interviews.startsAt }).from(interviews).where(eq(interviews.id, previous)).get())?.s
      : null;
    const interview = previous
      ? await moveInterviewIn(tx, app, previous, { startsAt, interviewers: emails }, origin, now)
      : await planInterviewIn(
          tx,
          byCandidate,
          current.createdByUserId,
          app,
          {
            kind: current.kind,
            interviewers: emails,
            startsAt: startsAt.toISOString(),
            durationMinutes: current.durationMinutes,
            videoUrl: current.videoUrl ?? undefined,
          },
          origin,
          now,
        );
    await tx
      .update(schedulingRequests)
      .set({
        state: "booked",
        interviewId: interview.id,
        // Booked within a day of the interview: the confirmation is the reminder.
        remindedAt: startsAt.getTime() - now.getTime() <= DAY_MS ? now : null,
        updatedAt: now,
        ...wantCalendarSync,
      })
      .where(eq(schedulingRequests.id, current.id))
      .run();
    await recordEvent(
      tx,
      byCandidate,
      previous
        ? {
            kind: "scheduling_rescheduled",
            applicationId: app.id,
            data: {
              requestId: current.id,
              interviewId: interview.id,
              startsAt: startsAt.toISOString(),
              previous: prevStart?.toISOString() ?? "",
            },
          }
        : {
            kind: "scheduling_booked",
            applicationId: app.id,
            data: { requestId: current.id, interviewId: interview.id, startsAt: startsAt.toISOString() },
          },
      now,
    );
    return {
      requestId: current.id,
      interviewId: interview.id,
      startsAt: startsAt.toISOString(),
      rescheduled: previous !== null,
    };
  });
  kickCalendarSync(booked.requestId, origin);
  return booked;
}
