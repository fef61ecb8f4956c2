import "server-only";
import { read, type Reader } from "@/db";
import { msg, type CommandText } from "@/lib/i18n/command-text";
import { freshCalendars, type CalendarBusy } from "./calendar-busy";
import { insideOne, MINUTE, overlapsAny, type Span } from "./intervals";
import { loadPeople, rekryBusy, type Person, type SlotWarning } from "./people";
import { calendarBusy } from "./calendar-busy";

export type { SlotWarning } from "./people";
export type { CalendarBusy } from "./calendar-busy";

/**
 * The scheduling API (stable; the self-scheduling flow builds on it):
 *
 * - `computeSlots(input)`: every start on the grid in [from, to) where `durationMin` fits inside
 *   working hours (each interviewer's weekly hours, in their own zone, DST-correct) and clear of
 *   busy times (Rekry's planned interviews, and their connected calendar read through a cache of
 *   at most 5 minutes), each widened by `bufferMin`, starting no sooner than `minNoticeMin` after
 *   `now`. Mode "all" needs every interviewer free; "any" needs `anyCount` (default 1) of them and
 *   picks the least loaded (fewest Rekry interviews in the window), ties in the given order.
 *   An interviewer whose calendar cannot be read is never free; `warnings` says why.
 * - `checkSlot(db, input, slot, { calendars })`: the same rules for one slot, read through `db`
 *   (the booking transaction's handle, so it sees interviews booked meanwhile). Fetch `calendars`
 *   with `freshCalendars(ids, slot.start, slot.end)` just before the transaction, so no network
 *   call runs inside it. Also refuses slots off the grid, of another length, outside the window.
 * - `busyFor(userId, from, to)`: one user's busy spans (Rekry's and calendar), for display.
 */
export type SlotInput = {
  interviewerIds: number[];
  mode: "all" | "any";
  anyCount?: number;
  durationMin: number;
  from: Date;
  to: Date;
  minNoticeMin: number;
  bufferMin: number;
  /** Minutes between offered starts; starts fall on multiples of it since the epoch (default 30). */
  stepMin?: number;
  now?: Date;
  /** A rescheduled interview does not block its own move. */
  excludeInterviewId?: number;
};

export type Slot = { start: Date; end: Date; interviewerIds: number[] };

export type SlotsResult = { slots: Slot[]; warnings: SlotWarning[] };

export type SlotCheck = { ok: true; interviewerIds: number[] } | { ok: false; reason: CommandText };

/** At most this much of the future is searched at once (a long window is a mistake, not a wish). */
const MAX_WINDOW_DAYS = 62;

function stepOf(input: SlotInput) {
  return Math.max(5, input.stepMin ?? 30) * MINUTE;
}

function validate(input: SlotInput) {
  if (!input.interviewerIds.length) throw new RangeError("Choose at least one interviewer.");
  if (!(input.durationMin > 0 && input.durationMin <= 24 * 60)) throw new RangeError("Duration out of range.");
  if (input.to.getTime() - input.from.getTime() > MAX_WINDOW_DAYS * 24 * 60 * MINUTE)
    throw new RangeError(`The window is longer than ${MAX_WINDOW_DAYS} days.`);
}

const freeAt = (p: Person, start: number, end: number) =>
  p.readable && insideOne(p.work, start, end) && !overlapsAny(p.busy, start, end);

/** Who takes the slot, or null when too few are free. */
function pick(people: Person[], input: SlotInput, start: number, end: number): number[] | null {
  if (input.mode === "all") {
    if (people.length < new Set(input.interviewerIds).size) return null;
    return people.every((p) => freeAt(p, start, end)) ? people.map((p) => p.userId) : null;
  }
  const free = people.filter((p) => freeAt(p, start, end));
  const need = Math.max(1, input.anyCount ?? 1);
  if (free.length < need) return null;
  return free
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.load - b.p.load || a.i - b.i)
    .slice(0, need)
    .map((x) => x.p.userId);
}

export async function computeSlots(input: SlotInput): Promise<SlotsResult> {
  validate(input);
  const now = (input.now ?? new Date()).getTime();
  const from = input.from.getTime();
  const to = input.to.getTime();
  const { people, warnings } = await loadPeople(read(), input.interviewerIds, {
    from,
    to,
    bufferMin: input.bufferMin,
    excludeInterviewId: input.excludeInterviewId,
  });
  const step = stepOf(input);
  const length = input.durationMin * MINUTE;
  const earliest = Math.max(from, now + input.minNoticeMin * MINUTE);
  const slots: Slot[] = [];
  for (let start = Math.ceil(earliest / step) * step; start + length <= to; start += step) {
    const ids = pick(people, input, start, start + length);
    if (ids) slots.push({ start: new Date(start), end: new Date(start + length), interviewerIds: ids });
  }
  return { slots, warnings };
}

/** Re-checks one slot under the same rules, through `db` (see the comment on SlotInput). */
export async function checkSlot(
  db: Reader,
  input: SlotInput,
  slot: { start: Date; end: Date },
  options: { calendars?: Map<number, CalendarBusy> } = {},
): Promise<SlotCheck> {
  validate(input);
  const now = (input.now ?? new Date()).getTime();
  const start = slot.start.getTime();
  const end = slot.end.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end)) return { ok: false, reason: msg("slots.notATime") };
  if (end - start !== input.durationMin * MINUTE) return { ok: false, reason: msg("slots.otherLength") };
  if (start % stepOf(input) !== 0) return { ok: false, reason: msg("slots.notOffered") };
  if (start < input.from.getTime() || end > input.to.getTime())
    return { ok: false, reason: msg("slots.outsideWindow") };
  if (start < now + input.minNoticeMin * MINUTE) return { ok: false, reason: msg("slots.tooSoon") };
  const calendars =
    options.calendars ??
    (await freshCalendars(input.interviewerIds, start - input.bufferMin * MINUTE, end + input.bufferMin * MINUTE));
  const { people } = await loadPeople(db, input.interviewerIds, {
    from: start,
    to: end,
    bufferMin: input.bufferMin,
    excludeInterviewId: input.excludeInterviewId,
    calendars,
  });
  const ids = pick(people, input, start, end);
  return ids ? { ok: true, interviewerIds: ids } : { ok: false, reason: msg("slots.taken") };
}

/** One user's busy spans in [from, to): Rekry's interviews and their calendar's (cached). */
export async function busyFor(
  userId: number,
  from: Date,
  to: Date,
): Promise<{ busy: { start: Date; end: Date }[]; calendarError: string | null }> {
  const [own, calendar] = await Promise.all([
    rekryBusy(read(), [userId], from.getTime(), to.getTime()),
    calendarBusy(userId, from.getTime(), to.getTime()),
  ]);
  const spans: Span[] = [...(own.get(userId) ?? []), ...(calendar.ok ? calendar.spans : [])];
  return {
    busy: spans.sort((a, b) => a.start - b.start).map((s) => ({ start: new Date(s.start), end: new Date(s.end) })),
    calendarError: calendar.ok ? null : calendar.reason,
  };
}
