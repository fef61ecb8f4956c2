import type { SchedulingRequest } from "@/db/schema";
import { computeSlots, type SlotInput, type SlotWarning } from "./slots";

export type Slot = { startsAt: Date; interviewerIds: number[] };
export type Offer = { slots: Slot[]; warnings: SlotWarning[] };

/**
 * A request in the terms of the slot API (lib/scheduling/slots.ts): all the interviewers, or any
 * `requiredCount` of them. `except` is the interview a move takes along, which does not block itself.
 */
export function slotInput(request: SchedulingRequest, now: Date, except: number | null = null): SlotInput {
  const all = request.requiredCount >= request.interviewerIds.length;
  return {
    interviewerIds: request.interviewerIds,
    mode: all ? "all" : "any",
    anyCount: all ? undefined : request.requiredCount,
    durationMin: request.durationMinutes,
    from: request.windowStart,
    to: request.windowEnd,
    minNoticeMin: request.minNoticeMinutes,
    bufferMin: request.bufferMinutes,
    now,
    excludeInterviewId: except ?? undefined,
  };
}

/** The slots a request offers now: working hours, calendars and Rekry's interviews, as the slot API computes them. */
export async function offerFor(request: SchedulingRequest, now: Date, except: number | null = null): Promise<Offer> {
  const { slots, warnings } = await computeSlots(slotInput(request, now, except));
  return { slots: slots.map((s) => ({ startsAt: s.start, interviewerIds: s.interviewerIds })), warnings };
}
