import { z } from "zod";
import { msg } from "./message";
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

const text = (max: number, key: "interviews.attributeNoteTooLong" | "interviews.notesTooLong" | "feedbackTooLong") =>
  multiLine().max(max, msg(key, { max }));

/** Planning an interview: the form on the application page and `POST /api/staff/applications/{id}/interviews`. */
export const interviewPlan = z.object({
  kind: z.enum(INTERVIEW_KINDS, { error: msg("interviews.kind") }),
  interviewers: z
    .array(z.string().trim().toLowerCase().email(msg("interviews.interviewerEmail")), {
      error: msg("interviews.interviewersRequired"),
    })
    .min(1, msg("interviews.interviewersRequired"))
    .max(8, msg("interviews.interviewersTooMany"))
    .refine((list) => new Set(list).size === list.length, msg("interviews.interviewersRepeated")),
  startsAt: z.iso
    .datetime({ offset: true, error: msg("interviews.startsAt") })
    .optional()
    .or(z.literal("").transform(() => undefined))
    .or(z.null().transform(() => undefined)),
  durationMinutes: z
    .number()
    .int()
    .min(15, msg("interviews.durationMin"))
    .max(480, msg("interviews.durationMax"))
    .optional(),
  videoUrl: z
    .url({ protocol: /^https$/, error: msg("interviews.videoUrl") })
    .max(500)
    .refine(isSingleLine, msg("interviews.videoUrlControl"))
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
    .number({ error: msg("interviews.rating") })
    .int(msg("interviews.ratingWhole"))
    .min(1, msg("interviews.ratingRange"))
    .max(4, msg("interviews.ratingRange"))
    .optional(),
);

export const scorecardDraft = z.object({
  // A form sends "" for "not rated"; the API may leave the key out. Both mean unrated.
  ratings: z
    .record(z.string().max(60), rating)
    .default({})
    .transform((r) => Object.fromEntries(Object.entries(r).filter((e): e is [string, number] => e[1] !== undefined))),
  attributeNotes: z.record(z.string().max(60), text(2000, "interviews.attributeNoteTooLong")).default({}),
  recommendation: z
    .enum(RECOMMENDATIONS, { error: msg("interviews.recommendation") })
    .nullable()
    .default(null),
  notes: text(8000, "interviews.notesTooLong").default(""),
  candidateFeedback: text(4000, "feedbackTooLong").default(""),
});
export type ScorecardDraft = z.output<typeof scorecardDraft>;

/** An amend after submission: the whole new content and why it changed. */
export const scorecardAmend = scorecardDraft.extend({
  reason: singleLine().min(3, msg("interviews.amendReason")).max(500, msg("reasonTooLong")),
});

export const decisionInput = z
  .object({
    decision: z.enum(["offer", "decline"], { error: msg("interviews.decision") }),
    version: z.number().int().positive(),
    feedback: text(4000, "feedbackTooLong").optional(),
    reason: z
      .enum(Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]], {
        error: msg("reasonFromList"),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "decline" && (!v.feedback || v.feedback.length < 20)) {
      ctx.addIssue({
        code: "custom",
        path: ["feedback"],
        message: msg("feedbackRequired"),
      });
    }
  });
export type DecisionInput = z.output<typeof decisionInput>;

export const refereeInput = z.object({
  name: singleLine().min(2, msg("interviews.refereeName")).max(120),
  relation: singleLine().min(2, msg("interviews.refereeRelation")).max(120),
  contact: singleLine().min(3, msg("interviews.refereeContact")).max(200),
});

export type RefereeInput = z.output<typeof refereeInput>;

export const refereeStatusInput = z.object({
  status: z.enum(REFEREE_STATUSES, { error: msg("interviews.refereeStatus") }),
});
export const backgroundCheckInput = z.object({
  status: z.enum(BACKGROUND_CHECK_STATUSES, { error: msg("interviews.backgroundCheck") }),
});
export type RefereeStatusInput = z.output<typeof refereeStatusInput>;
export type BackgroundCheckInput = z.output<typeof backgroundCheckInput>;
export type ScorecardAmend = z.output<typeof scorecardAmend>;
