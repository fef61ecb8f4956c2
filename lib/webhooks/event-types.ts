import { APPLICATION_EVENT_KINDS, type ApplicationEvent } from "@/lib/events/application-events";
import type { OrganisationEvent } from "@/lib/events/organisation-events";

/**
 * What webhooks publish: every application event as `application.<kind>`, and the jobs' own
 * events. Staff accounts, sign-ins and the periodic runs stay in the audit log only.
 */
const JOB_EVENT_TYPES = ["job.created", "job.updated", "job.status"] as const;
export const WEBHOOK_EVENT_TYPES = [
  ...APPLICATION_EVENT_KINDS.map((kind) => `application.${kind}` as const),
  ...JOB_EVENT_TYPES,
];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

type JobEvent = Extract<OrganisationEvent, { kind: (typeof JOB_EVENT_TYPES)[number] }>;
export type PublishedEvent = ApplicationEvent | JobEvent;

export function webhookTypeOf(event: ApplicationEvent | OrganisationEvent): WebhookEventType | null {
  if ("applicationId" in event) return `application.${event.kind}`;
  return (JOB_EVENT_TYPES as readonly string[]).includes(event.kind) ? (event.kind as WebhookEventType) : null;
}

export const subscribes = (events: readonly string[], type: string) => events.includes("all") || events.includes(type);

/**
 * The event's own fields a receiver may have: ids, keys, statuses and times, never free text
 * written about the candidate (notes, scorecards, reasons typed by staff, knockout questions).
 */
export function safeDetails(event: ApplicationEvent): Record<string, unknown> {
  const d = (event.data ?? {}) as Record<string, unknown>;
  const pick = (...keys: string[]) => Object.fromEntries(keys.filter((k) => d[k] != null).map((k) => [k, d[k]]));
  switch (event.kind) {
    case "applied":
      return pick("source", "cv");
    case "hired":
      return { ...pick("backgroundCheck"), override: d.override === true };
    case "rejected":
      return { ...pick("reason"), knockout: d.knockout != null };
    case "knockout_rejected":
      // The same fields as a rejection, so a receiver can treat both alike; the question stays here.
      return { ...pick("reason"), knockout: true };
    case "note_added":
    case "note_edited":
      return pick("noteId");
    case "tag_added":
    case "tag_removed":
      return pick("tag");
    case "interview_planned":
      return pick("interviewId", "interviewKind", "startsAt");
    case "interview_cancelled":
      return pick("interviewId", "interviewKind");
    case "scorecard_submitted":
      return pick("interviewId", "recommendation");
    case "scorecard_amended":
      return pick("interviewId");
    case "decision_recorded":
      return pick("decision");
    case "referee_status":
    case "background_check":
      return pick("status");
    case "knockout_scheduled":
      return pick("dueAt");
    case "scheduling_requested":
      return pick("requestId", "interviewKind", "required", "windowEnd");
    case "scheduling_booked":
      return pick("requestId", "interviewId", "startsAt");
    case "scheduling_rescheduled":
      return pick("requestId", "interviewId", "startsAt", "previous");
    case "scheduling_cancelled":
      return pick("requestId", "by");
    case "scheduling_expired":
      return pick("requestId");
    default:
      return {};
  }
}
