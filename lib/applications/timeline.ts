import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";

export type EventFacts = {
  kind: string;
  fromStage: string | null;
  toStage: string | null;
  data: Record<string, unknown> | null;
};

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** One sentence per event for the timeline; unknown kinds still read as words, never as a code. */
export function describeEvent({ kind, fromStage, toStage, data }: EventFacts): string {
  switch (kind) {
    case "applied":
      return data?.cv ? "Applied with a CV" : "Applied";
    case "moved":
      return fromStage && toStage ? `Moved from ${fromStage} to ${toStage}` : `Moved to ${toStage ?? "another stage"}`;
    case "hired":
      return data?.override ? `Hired before the background check was complete (admin override: ${str(data.overrideReason) ?? ""})` : "Hired";
    case "rejected": {
      const reason = str(data?.reason);
      const why = reason && reason in REJECTION_REASONS ? `Rejected: ${REJECTION_REASONS[reason as RejectionReason]}` : "Rejected";
      return data?.knockout ? `${why} (knockout answer to “${str(data.knockout) ?? ""}”)` : why;
    }
    case "withdrawn":
      return "Withdrew";
    case "reopened":
      return toStage ? `Reopened in ${toStage}` : "Reopened";
    case "note_added":
      return "Added a note";
    case "note_edited":
      return "Edited a note";
    case "tag_added":
      return `Added the tag “${str(data?.tag) ?? ""}”`;
    case "tag_removed":
      return `Removed the tag “${str(data?.tag) ?? ""}”`;
    case "interview_planned": {
      const who = Array.isArray(data?.interviewers) ? ` with ${(data.interviewers as string[]).join(", ")}` : "";
      return `Planned an interview${who}`;
    }
    case "interview_cancelled":
      return "Cancelled an interview";
    case "scorecard_submitted":
      return "Submitted a scorecard";
    case "scorecard_amended":
      return "Amended a scorecard";
    case "decision_recorded":
      return data?.decision === "offer" ? "Decision recorded: offer" : "Decision recorded: decline";
    case "referee_added":
      return `Added a referee, ${str(data?.referee) ?? ""}`;
    case "referee_status":
      return `Reference from ${str(data?.referee) ?? "a referee"}: ${str(data?.status) ?? ""}`;
    case "background_check":
      return `Background check: ${(str(data?.status) ?? "").replace("_", " ")}`;
    default: {
      const words = kind.replace(/_/g, " ");
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
  }
}
