import { and, eq, gt, inArray, isNull, isNotNull, lt, ne } from "drizzle-orm";
import type { Reader } from "@/db";
import { interviewers, interviews } from "@/db/schema";

/** The longest interview we plan (lib/validations): how far back an overlapping one can start. */
const LONGEST_MS = 8 * 60 * 60_000;

/**
 * Which of these users already have a Rekry interview (not cancelled) within `bufferMinutes` of
 * [start, end), leaving out `except` (the booking being moved). Read inside the booking's locked
 * transaction, it is what keeps two candidates off the same interviewer at the same time.
 */
export async function usersBusyInRekry(
  tx: Pick<Reader, "select">,
  userIds: number[],
  start: Date,
  end: Date,
  bufferMinutes: number,
  except: number | null,
): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const pad = bufferMinutes * 60_000;
  const from = new Date(start.getTime() - pad);
  const to = new Date(end.getTime() + pad);
  const rows = await tx
    .select({ userId: interviewers.userId, startsAt: interviews.startsAt, minutes: interviews.durationMinutes })
    .from(interviewers)
    .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
    .where(
      and(
        inArray(interviewers.userId, userIds),
        isNull(interviews.cancelledAt),
        isNotNull(interviews.startsAt),
        lt(interviews.startsAt, to),
        gt(interviews.startsAt, new Date(from.getTime() - LONGEST_MS)),
        except === null ? undefined : ne(interviews.id, except),
      ),
    )
    .all();
  return new Set(rows.filter((r) => r.startsAt!.getTime() + r.minutes * 60_000 > from.getTime()).map((r) => r.userId));
}
