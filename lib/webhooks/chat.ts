import type { WebhookKind } from "@/db/schema";
import type { WebhookPayload } from "./enqueue";

/** What a chat message may name: the job and stage, and the candidate only for a personal-data endpoint. */
export type ChatContext = { jobTitle: string | null; stageName: string | null; candidateName: string | null };

const HEADLINES: Record<string, string> = {
  "application.applied": "New application",
  "application.moved": "Application moved",
  "application.hired": "Hired",
  "application.rejected": "Application rejected",
  "application.withdrawn": "Application withdrawn",
  "application.reopened": "Application reopened",
  "application.note_added": "Note added",
  "application.note_edited": "Note edited",
  "application.tag_added": "Tag added",
  "application.tag_removed": "Tag removed",
  "application.interview_planned": "Interview planned",
  "application.interview_cancelled": "Interview cancelled",
  "application.scorecard_submitted": "Scorecard submitted",
  "application.scorecard_amended": "Scorecard amended",
  "application.decision_recorded": "Decision recorded",
  "application.referee_added": "Referee added",
  "application.referee_status": "Reference updated",
  "application.background_check": "Background check updated",
  "application.knockout_scheduled": "Knockout rejection scheduled",
  "application.knockout_cancelled": "Knockout rejection cancelled",
  "application.scheduling_requested": "Scheduling link sent",
  "application.scheduling_booked": "Interview time booked",
  "application.scheduling_rescheduled": "Interview time moved",
  "application.scheduling_cancelled": "Scheduling cancelled",
  "application.scheduling_expired": "Scheduling link expired",
  "application.exported": "Candidate downloaded their data",
  "application.erased": "Candidate erased their data",
  "application.anonymised": "Application anonymised",
  "job.created": "Job created",
  "job.updated": "Job updated",
  "job.status": "Job status changed",
};

/**
 * One short line a person reads in the channel, e.g. "Scorecard submitted for application #123
 * (Cloud Engineer), Technical interview", and a link to the application in Rekry.
 */
export function chatText(payload: WebhookPayload, context: ChatContext, publicUrl: string): string {
  const d = payload.data;
  const headline = HEADLINES[payload.type] ?? payload.type;
  if (typeof d.applicationId !== "number") {
    return `${headline}: ${String(d.jobSlug ?? "")} ${publicUrl}/staff/jobs/${String(d.jobSlug ?? "")}`.trim();
  }
  const who = context.candidateName ? ` (${context.candidateName})` : "";
  const job = context.jobTitle ? ` (${context.jobTitle})` : "";
  const stage = context.stageName && payload.type !== "application.erased" ? `, ${context.stageName}` : "";
  return `${headline} for application #${d.applicationId}${who}${job}${stage}: ${publicUrl}/staff/applications/${d.applicationId}`;
}

/** The body each chat's incoming webhook takes. */
export function chatBody(kind: Exclude<WebhookKind, "webhook">, text: string): string {
  if (kind === "teams") {
    return JSON.stringify({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: {
            type: "AdaptiveCard",
            version: "1.4",
            $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
            body: [{ type: "TextBlock", text, wrap: true }],
          },
        },
      ],
    });
  }
  return JSON.stringify({ text });
}
