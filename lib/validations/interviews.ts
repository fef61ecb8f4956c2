import { z } from "zod";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import {
  INTERVIEW_KINDS,
  RECOMMENDATIONS,
  REFEREE_STATUSES,
  BACKGROUND_CHECK_STATUSES,
} from "@/lib/feedback/constants";
import { isSingleLine } from "./control-chars";
import { multiLine, singleLine } from "./text";

export const INTERVIEW_KIND_LABELS: Record<(typeof INTERVIEW_KINDS)[number], string> = {
  manager_meeting: "Meet your future manager",
  system_design: "System design",
  programming: "Programming",
  technical: "Technical interview",
  other: "Other",
};

const text = (max: number, label: string) =>
  multiLine().max(max, `Keep ${label} under ${max.toLocaleString("en")} characters.`);

/** Planning an interview: the form on the application page and `POST /api/staff/applications/{id}/interviews`. */
export const interviewPlan = z.object({
  kind: z.enum(INTERVIEW_KINDS, { error: "Choose the kind of interview." }),
  interviewers: z
    .array(z.string().trim().toLowerCase().email("Each interviewer must be a staff email address."), {
      error: "Name at least one interviewer.",
    })
    .min(1, "Name at least one interviewer.")
    .max(8, "Name at most 8 interviewers.")
    .refine((list) => new Set(list).size === list.length, "Each interviewer only once."),
  startsAt: z.iso
    .datetime({ offset: true, error: "Give the start as a date and time, e.g. 2026-12-01T10:00:00+01:00." })
    .optional()
    .or(z.literal("").transform(() => undefined))
    .or(z.null().transform(() => undefined)),
  durationMinutes: z.number().int().min(15, "At least 15 minutes.").max(480, "At most 8 hours.").optional(),
  videoUrl: z
    .url({ protocol: /^https$/, error: "The video link must be an https:// address." })
    .max(500)
    .refine(isSingleLine, "The video link must not contain control characters.")
    .optional()
    .or(z.literal("").transform(() => undefined))
    .or(z.null().transform(() => undefined)),
});
export type InterviewPlan = z.output<typeof interviewPlan>;

/**
 * A scorecard as its author edits it (draft) and submits it. Unrated attributes are simply left
 * out of `ratings`; their note, if any, stays in `attributeNotes`.
 */
const rating = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
  z
    .number({ error: "A rating is a number from 1 to 4." })
    .int("A rating is a whole number from 1 to 4.")
    .min(1, "Ratings go from 1 to 4.")
    .max(4, "Ratings go from 1 to 4.")
    .optional(),
);

export const scorecardDraft = z.object({
  // A form sends "" for "not rated"; the API may leave the key out. Both mean unrated.
  ratings: z
    .record(z.string().max(60), rating)
    .default({})
    .transform((r) => Object.fromEntries(Object.entries(r).filter((e): e is [string, number] => e[1] !== undefined))),
  attributeNotes: z.record(z.string().max(60), text(2000, "each note")).default({}),
  recommendation: z
    .enum(RECOMMENDATIONS, { error: "Choose strong no, no, yes or strong yes." })
    .nullable()
    .default(null),
  notes: text(8000, "the notes").default(""),
  candidateFeedback: text(4000, "the feedback").default(""),
});
export type ScorecardDraft = z.output<typeof scorecardDraft>;

/** An amend after submission: the whole new content and why it changed. */
export const scorecardAmend = scorecardDraft.extend({
  reason: singleLine()
    .min(3, "Say briefly why you amend the scorecard.")
    .max(500, "Keep the reason under 500 characters."),
});

export const decisionInput = z
  .object({
    decision: z.enum(["offer", "decline"], { error: "Choose offer or decline." }),
    version: z.number().int().positive(),
    feedback: text(4000, "the feedback").optional(),
    reason: z
      .enum(Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]], {
        error: "Choose a reason from the list.",
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "decline" && (!v.feedback || v.feedback.length < 20)) {
      ctx.addIssue({
        code: "custom",
        path: ["feedback"],
        message: "Write a few constructive sentences for the candidate (at least 20 characters).",
      });
    }
  });
export type DecisionInput = z.output<typeof decisionInput>;

export const refereeInput = z.object({
  name: singleLine().min(2, "Give the referee's name.").max(120),
  relation: singleLine().min(2, "Say how they know the candidate, e.g. former manager.").max(120),
  contact: singleLine().min(3, "Give an email address or phone number.").max(200),
});

export type RefereeInput = z.output<typeof refereeInput>;

export const refereeStatusInput = z.object({
  status: z.enum(REFEREE_STATUSES, { error: "Choose requested, received or concerns." }),
});
export const backgroundCheckInput = z.object({
  status: z.enum(BACKGROUND_CHECK_STATUSES, { error: "Choose a background check status." }),
});
export type RefereeStatusInput = z.output<typeof refereeStatusInput>;
export type BackgroundCheckInput = z.output<typeof backgroundCheckInput>;
export type ScorecardAmend = z.output<typeof scorecardAmend>;
