import { z } from "zod";
import { INTERVIEW_KINDS } from "@/lib/feedback/constants";
import { isSingleLine } from "./control-chars";
import { msg } from "./message";
import { multiLine } from "./text";

/** `field` names the number in the message ("Give the length in minutes as a number."). */
const whole = (min: number, max: number, field: "required" | "duration" | "window" | "notice" | "buffer") =>
  z.coerce
    .number({ error: msg("scheduling.number", { field }) })
    .int(msg("scheduling.whole", { field }))
    .min(min, msg("scheduling.atLeast", { field, min }))
    .max(max, msg("scheduling.atMost", { field, max }));

/**
 * A scheduling request: the form on the application page and
 * `POST /api/staff/applications/{id}/scheduling-requests`. `required` is how many of the
 * interviewers must attend; left out, all of them.
 */
export const schedulingRequestInput = z
  .object({
    kind: z.enum(INTERVIEW_KINDS, { error: msg("interviews.kind") }),
    interviewers: z
      .array(z.string().trim().toLowerCase().email(msg("interviews.interviewerEmail")), {
        error: msg("interviews.interviewersRequired"),
      })
      .min(1, msg("interviews.interviewersRequired"))
      .max(8, msg("interviews.interviewersTooMany"))
      .refine((list) => new Set(list).size === list.length, msg("interviews.interviewersRepeated")),
    required: whole(1, 8, "required").optional().nullable(),
    durationMinutes: whole(15, 480, "duration").default(60),
    windowDays: whole(1, 30, "window").default(10),
    minNoticeHours: whole(0, 336, "notice").default(24),
    bufferMinutes: whole(0, 240, "buffer").default(0),
    videoUrl: z
      .url({ protocol: /^https$/, error: msg("interviews.videoUrl") })
      .max(500)
      .refine(isSingleLine, msg("interviews.videoUrlControl"))
      .optional()
      .or(z.literal("").transform(() => undefined))
      .or(z.null().transform(() => undefined)),
    note: multiLine().max(1000, msg("scheduling.noteTooLong")).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.required != null && v.required > v.interviewers.length)
      ctx.addIssue({
        code: "custom",
        path: ["required"],
        message: msg("scheduling.tooManyRequired", { count: v.interviewers.length }),
      });
  });
export type SchedulingRequestInput = z.output<typeof schedulingRequestInput>;

/** What the candidate's email depends on: the preview checks only these, so it works before interviewers are picked. */
export const schedulingPreviewInput = z.object({
  kind: schedulingRequestInput.shape.kind,
  windowDays: schedulingRequestInput.shape.windowDays,
  note: schedulingRequestInput.shape.note,
});
export type SchedulingPreviewInput = z.output<typeof schedulingPreviewInput>;

/**
 * The candidate's pick: the slot's start as offered (an ISO instant) and the zone they view it in.
 * Candidate side: its English messages are shown as they are (lib/scheduling/http.ts).
 */
export const slotPick = z.object({
  slot: z.string({ error: "Choose a time." }).min(1, "Choose a time.").max(40, "That time is not valid."),
  timeZone: z.string().max(64).optional(),
});
export type SlotPick = z.output<typeof slotPick>;

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
