import { z } from "zod";
import { INTERVIEW_KINDS } from "@/lib/feedback/constants";
import { isSingleLine } from "./control-chars";
import { multiLine } from "./text";

const whole = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `Give ${what} as a number.` })
    .int(`Give ${what} as a whole number.`)
    .min(min, `${what[0]!.toUpperCase()}${what.slice(1)} is at least ${min}.`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} is at most ${max}.`);

/**
 * A scheduling request: the form on the application page and
 * `POST /api/staff/applications/{id}/scheduling-requests`. `required` is how many of the
 * interviewers must attend; left out, all of them.
 */
export const schedulingRequestInput = z
  .object({
    kind: z.enum(INTERVIEW_KINDS, { error: "Choose the kind of interview." }),
    interviewers: z
      .array(z.string().trim().toLowerCase().email("Each interviewer must be a staff email address."), {
        error: "Name at least one interviewer.",
      })
      .min(1, "Name at least one interviewer.")
      .max(8, "Name at most 8 interviewers.")
      .refine((list) => new Set(list).size === list.length, "Each interviewer only once."),
    required: whole(1, 8, "the number who must attend").optional().nullable(),
    durationMinutes: whole(15, 480, "the length in minutes").default(60),
    windowDays: whole(1, 30, "the window in working days").default(10),
    minNoticeHours: whole(0, 336, "the minimum notice in hours").default(24),
    bufferMinutes: whole(0, 240, "the buffer in minutes").default(0),
    videoUrl: z
      .url({ protocol: /^https$/, error: "The video link must be an https:// address." })
      .max(500)
      .refine(isSingleLine, "The video link must not contain control characters.")
      .optional()
      .or(z.literal("").transform(() => undefined))
      .or(z.null().transform(() => undefined)),
    note: multiLine().max(1000, "Keep the note under 1,000 characters.").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.required != null && v.required > v.interviewers.length)
      ctx.addIssue({
        code: "custom",
        path: ["required"],
        message: `Only ${v.interviewers.length} interviewer(s) are named; at most that many can be required.`,
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

/** The candidate's pick: the slot's start as offered (an ISO instant) and the zone they view it in. */
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
