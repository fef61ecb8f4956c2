import { and, eq, gt, inArray, isNull, isNotNull, lt, ne } from "drizzle-orm";
import { read } from "@/db";
import { interviewers, interviews, type SchedulingRequest } from "@/db/schema";
import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";
import { dateIn, startOfDay } from "./zone";

export type Slot = { startsAt: Date; interviewerIds: number[] };
export type Offer = { slots: Slot[]; warnings: string[] };

const STEP_MS = 30 * 60_000;
const DAY_START_H = 9;
const DAY_END_H = 17;

/**
 * The slots a request offers now: every interviewer's working hours in the window, after the
 * minimum notice, less Rekry's own interviews (with the buffer), where enough of them are free.
 * `except` is the interview a reschedule moves, which does not count as busy.
 */
export async function offerFor(request: SchedulingRequest, now: Date, except: number | null = null): Promise<Offer> {
  const earliest = Math.max(request.windowStart.getTime(), now.getTime() + request.minNoticeMinutes * 60_000);
  const length = request.durationMinutes * 60_000;
  const pad = request.bufferMinutes * 60_000;
  const taken = await read()
    .select({ userId: interviewers.userId, startsAt: interviews.startsAt, minutes: interviews.durationMinutes })
    .from(interviewers)
    .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
    .where(
      and(
        inArray(interviewers.userId, request.interviewerIds),
        isNull(interviews.cancelledAt),
        isNotNull(interviews.startsAt),
        lt(interviews.startsAt, request.windowEnd),
        gt(interviews.startsAt, new Date(earliest - 24 * 60 * 60_000)),
        except === null ? undefined : ne(interviews.id, except),
      ),
    )
    .all();
  const slots: Slot[] = [];
  let day = dateIn(new Date(earliest), COMPANY_TIME_ZONE);
  for (let guard = 0; guard < 60; guard++) {
    const midnight = startOfDay(day, COMPANY_TIME_ZONE);
    if (midnight.getTime() >= request.windowEnd.getTime()) break;
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      const open = midnight.getTime() + DAY_START_H * 3_600_000;
      const close = midnight.getTime() + DAY_END_H * 3_600_000;
      for (let t = open; t + length <= close; t += STEP_MS) {
        if (t < earliest || t + length > request.windowEnd.getTime()) continue;
        const free = request.interviewerIds.filter(
          (id) =>
            !taken.some(
              (b) =>
                b.userId === id &&
                b.startsAt!.getTime() < t + length + pad &&
                b.startsAt!.getTime() + b.minutes * 60_000 > t - pad,
            ),
        );
        if (free.length >= request.requiredCount) slots.push({ startsAt: new Date(t), interviewerIds: free });
      }
    }
    day = dateIn(new Date(midnight.getTime() + 36 * 3_600_000), COMPANY_TIME_ZONE);
  }
  return { slots, warnings: [] };
}
