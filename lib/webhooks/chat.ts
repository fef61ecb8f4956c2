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

/** A chat message: one line a person reads, and where the link in it goes. */
export type ChatMessage = { line: string; url: string };

/**
 * One short line a person reads in the channel, e.g. "Scorecard submitted for application #123
 * (Cloud Engineer), Technical interviews: 2 of 3 in", and the application's page in Rekry.
 */
export function chatText(payload: WebhookPayload, context: ChatContext, publicUrl: string): ChatMessage {
  const d = payload.data;
  const headline = HEADLINES[payload.type] ?? payload.type;
  if (typeof d.applicationId !== "number") {
    const slug = String(d.jobSlug ?? "");
    return { line: slug ? `${headline}: ${slug}` : headline, url: `${publicUrl}/staff/jobs/${slug}` };
  }
  const who = context.candidateName ? ` (${context.candidateName})` : "";
  const job = context.jobTitle ? ` (${context.jobTitle})` : "";
  const stage = context.stageName && payload.type !== "application.erased" ? `, ${context.stageName}` : "";
  const tally = d.scorecards as { submitted?: unknown; expected?: unknown } | null | undefined;
  const scorecards =
    typeof tally?.submitted === "number" && typeof tally.expected === "number" && tally.expected > 0
      ? `: ${tally.submitted} of ${tally.expected} in`
      : "";
  return {
    line: `${headline} for application #${d.applicationId}${who}${job}${stage}${scorecards}`,
    url: `${publicUrl}/staff/applications/${d.applicationId}`,
  };
}

const LINK_LABEL = "Open in Rekry";
/** Slack's mrkdwn reads &, < and > as markup; names and titles are escaped so they stay text. */
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Mattermost reads Markdown: its markup characters in names and titles are escaped. */
const markdownEscape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);

/** The body each chat's incoming webhook takes, with the link in that chat's own form. */
export function chatBody(kind: Exclude<WebhookKind, "webhook">, { line, url }: ChatMessage): string {
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
            body: [{ type: "TextBlock", text: line, wrap: true }],
            actions: [{ type: "Action.OpenUrl", title: LINK_LABEL, url }],
          },
        },
      ],
    });
  }
  if (kind === "mattermost") return JSON.stringify({ text: `${markdownEscape(line)} [${LINK_LABEL}](${url})` });
  return JSON.stringify({ text: `${slackEscape(line)} <${url}|${LINK_LABEL}>` });
}
