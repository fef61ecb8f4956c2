import { z } from "zod";
import {
  APPLICATION_STATUSES,
  BACKGROUND_CHECK_STATUSES,
  INTERVIEW_KINDS,
  RECOMMENDATIONS,
  REFEREE_STATUSES,
} from "@/db/enums";

/**
 * Every event of an application's history, defined once. Writers hand one of these to
 * recordEvent; the timeline, the candidate's export and the reports read rows back through
 * the same union (a kind this version does not know reads as "other", never as a crash).
 */
const id = z.number().int().positive();
const status = z.enum(APPLICATION_STATUSES);
const none = z.null().optional();
/** A change that takes back the user's own change moments before, and the candidate mail it dropped. */
const undo = z.object({ undoes: id, droppedMail: z.array(z.string()) }).nullish();

/** The stage and status columns an event carries when it records a change of either. */
const change = {
  fromStageId: id.nullish(),
  toStageId: id.nullish(),
  fromStatus: status.nullish(),
  toStatus: status.nullish(),
};

const event = <K extends string, D extends z.ZodType>(kind: K, data: D) =>
  z.object({ kind: z.literal(kind), applicationId: id, data, ...change });

export const applicationEvent = z.discriminatedUnion("kind", [
  event("applied", z.object({ source: z.string().nullable(), cv: z.boolean() }).nullish()),
  event("moved", undo),
  event(
    "hired",
    z
      .object({
        override: z.literal(true),
        overrideReason: z.string().nullish(),
        backgroundCheck: z.enum(BACKGROUND_CHECK_STATUSES),
      })
      .nullish(),
  ),
  // `knockout` only in rows written before knockout_rejected existed (migration 0023 rewrites them).
  event("rejected", z.object({ reason: z.string().nullish(), knockout: z.string().optional() }).nullish()),
  event("withdrawn", z.object({ onBehalf: z.literal(true).optional() }).nullish()),
  event("reopened", undo),
  event("note_added", z.object({ noteId: id })),
  event("note_edited", z.object({ noteId: id })),
  event("tag_added", z.object({ tag: z.string() })),
  event("tag_removed", z.object({ tag: z.string() })),
  event(
    "interview_planned",
    z.object({
      interviewId: id,
      interviewKind: z.enum(INTERVIEW_KINDS),
      interviewers: z.array(z.string()),
      startsAt: z.string().nullable(),
    }),
  ),
  event("interview_cancelled", z.object({ interviewId: id, interviewKind: z.enum(INTERVIEW_KINDS) })),
  event("scorecard_submitted", z.object({ interviewId: id, recommendation: z.enum(RECOMMENDATIONS).nullish() })),
  event("scorecard_amended", z.object({ interviewId: id, reason: z.string() })),
  event("decision_recorded", z.object({ decision: z.enum(["offer", "decline"]) })),
  event("referee_added", z.object({ referee: z.string() })),
  event("referee_status", z.object({ referee: z.string(), status: z.enum(REFEREE_STATUSES) })),
  event("background_check", z.object({ status: z.enum(BACKGROUND_CHECK_STATUSES) })),
  event("knockout_scheduled", z.object({ question: z.string(), dueAt: z.string() })),
  event("knockout_rejected", z.object({ reason: z.string().nullish(), question: z.string() })),
  event("knockout_cancelled", z.object({ question: z.string() })),
  event(
    "scheduling_requested",
    z.object({
      requestId: id,
      interviewKind: z.enum(INTERVIEW_KINDS),
      interviewers: z.array(z.string()),
      required: z.number().int().positive(),
      windowEnd: z.string(),
    }),
  ),
  event("scheduling_booked", z.object({ requestId: id, interviewId: id, startsAt: z.string() })),
  event(
    "scheduling_rescheduled",
    z.object({ requestId: id, interviewId: id, startsAt: z.string(), previous: z.string() }),
  ),
  event("scheduling_cancelled", z.object({ requestId: id, by: z.enum(["candidate", "staff"]) })),
  event("scheduling_expired", z.object({ requestId: id })),
  // One person across jobs (lib/people): a merge of two candidate records and its undo, on every
  // application of both; a future-roles consent renewed, withdrawn or asked about; a talent-pool invite.
  event("candidate_merged", z.object({ mergeId: id, keptCandidateId: id, mergedCandidateId: id })),
  event("candidate_merge_undone", z.object({ mergeId: id, keptCandidateId: id, mergedCandidateId: id })),
  event("consent_renewal_sent", z.object({ consentId: id })),
  event("consent_renewed", z.object({ consentId: id })),
  event("consent_withdrawn", z.object({ via: z.enum(["status_page", "renewal_email", "unsubscribe"]) })),
  event("talent_invited", z.object({ jobId: id, jobTitle: z.string() })),
  event("exported", none),
  event("erased", none),
  event("anonymised", none),
]);

export type ApplicationEvent = z.input<typeof applicationEvent>;
export type ApplicationEventKind = ApplicationEvent["kind"];
export const APPLICATION_EVENT_KINDS = applicationEvent.options.map(
  (o) => o.shape.kind.value,
) as ApplicationEventKind[];

/** What readers get: a known event, typed, or one they must show as "Other change". */
export type ReadEvent = z.output<typeof applicationEvent> | { kind: "other"; storedKind: string };

export function readApplicationEvent(
  row: { kind: string; applicationId: number; data: unknown } & Partial<Record<keyof typeof change, unknown>>,
): ReadEvent {
  const parsed = applicationEvent.safeParse(row);
  return parsed.success ? parsed.data : { kind: "other", storedKind: row.kind };
}
