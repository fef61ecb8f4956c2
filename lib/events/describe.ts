import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import type { ReadEvent } from "./application-events";

type Stages = { fromStage: string | null; toStage: string | null };

function rejection(reason: string | null | undefined): string {
  return reason && reason in REJECTION_REASONS
    ? `Rejected: ${REJECTION_REASONS[reason as RejectionReason]}`
    : "Rejected";
}

/** An undo says so, and whether the candidate's queued message went with it. */
function undone(data: { droppedMail: string[] } | null | undefined): string {
  if (!data) return "";
  return data.droppedMail.length ? " (undo; the queued email to the candidate was not sent)" : " (undo)";
}

/** One sentence per event for the team's timeline; a kind this version does not know is "Other change". */
export function describeForStaff(e: ReadEvent, { fromStage, toStage }: Stages): string {
  switch (e.kind) {
    case "applied":
      return e.data?.cv ? "Applied with a CV" : "Applied";
    case "moved":
      return `${fromStage && toStage ? `Moved from ${fromStage} to ${toStage}` : `Moved to ${toStage ?? "another stage"}`}${undone(e.data)}`;
    case "hired":
      return e.data?.override
        ? `Hired before the background check was complete (admin override: ${e.data.overrideReason ?? ""})`
        : "Hired";
    case "rejected":
      return e.data?.knockout
        ? `${rejection(e.data.reason)} (knockout answer to “${e.data.knockout}”)`
        : rejection(e.data?.reason);
    case "withdrawn":
      return e.data?.onBehalf ? "Marked as withdrawn" : "Withdrew";
    case "reopened":
      return `${toStage ? `Reopened in ${toStage}` : "Reopened"}${undone(e.data)}`;
    case "note_added":
      return "Added a note";
    case "note_edited":
      return "Edited a note";
    case "tag_added":
      return `Added the tag “${e.data.tag}”`;
    case "tag_removed":
      return `Removed the tag “${e.data.tag}”`;
    case "interview_planned":
      return e.data.interviewers.length
        ? `Planned an interview with ${e.data.interviewers.join(", ")}`
        : "Planned an interview";
    case "interview_cancelled":
      return "Cancelled an interview";
    case "scheduling_requested":
      return `Sent the candidate a scheduling link (${e.data.required === e.data.interviewers.length ? "with" : `${e.data.required} of`} ${e.data.interviewers.join(", ")})`;
    case "scheduling_booked":
      return "Booked an interview time from the scheduling link";
    case "scheduling_rescheduled":
      return "Moved the booked interview to another time";
    case "scheduling_cancelled":
      return e.data.by === "candidate" ? "Cancelled the booked interview time" : "Cancelled the scheduling link";
    case "scheduling_expired":
      return "The scheduling link expired without a booking";
    case "scorecard_submitted":
      return "Submitted a scorecard";
    case "scorecard_amended":
      return "Amended a scorecard";
    case "decision_recorded":
      return e.data.decision === "offer" ? "Decision recorded: offer" : "Decision recorded: decline";
    case "referee_added":
      return `Added a referee, ${e.data.referee}`;
    case "referee_status":
      return `Reference from ${e.data.referee}: ${e.data.status}`;
    case "background_check":
      return `Background check: ${e.data.status.replace("_", " ")}`;
    case "knockout_rejected":
      return `${rejection(e.data.reason)} (knockout answer to “${e.data.question}”)`;
    case "knockout_scheduled":
      return `A knockout answer to “${e.data.question}” schedules a rejection`;
    case "knockout_cancelled":
      return `The knockout rejection for “${e.data.question}” was not carried out: the application had moved on`;
    case "candidate_merged":
      return `Candidate records merged (#${e.data.mergedCandidateId} into #${e.data.keptCandidateId})`;
    case "candidate_merge_undone":
      return `Merge undone (#${e.data.mergedCandidateId} separated from #${e.data.keptCandidateId} again)`;
    case "consent_renewal_sent":
      return "Asked the candidate whether to keep their future-roles consent";
    case "consent_renewed":
      return "The candidate renewed their consent to be kept for future roles";
    case "consent_withdrawn":
      return e.data.via === "renewal_email"
        ? "The candidate declined to be kept for future roles"
        : "The candidate withdrew their consent to be kept for future roles";
    case "talent_invited":
      return `Invited from the talent pool to apply for ${e.data.jobTitle}`;
    case "exported":
      return "The candidate downloaded their data";
    case "erased":
      return "The candidate erased their personal data";
    case "anonymised":
      return "Personal data removed at the end of the retention period";
    case "other":
      return "Other change";
  }
}

/** The same history in the candidate's terms, for their export: what the team did, not how. */
export function describeForCandidate(e: ReadEvent): string {
  switch (e.kind) {
    case "applied":
      return "You applied";
    case "moved":
      return "Your application moved to a new step";
    case "rejected":
    case "knockout_rejected":
      return "The team decided not to go further";
    case "hired":
      return "You were hired";
    case "withdrawn":
      return "The application was withdrawn";
    case "reopened":
      return "The application was reopened";
    case "interview_planned":
      return "An interview was planned";
    case "interview_cancelled":
      return "An interview was cancelled";
    case "decision_recorded":
      return "The team made its decision";
    case "scheduling_requested":
      return "You were sent a link to choose an interview time";
    case "scheduling_booked":
      return "You booked an interview time";
    case "scheduling_rescheduled":
      return "You moved your interview to another time";
    case "scheduling_cancelled":
      return e.data.by === "candidate" ? "You cancelled your interview time" : "The scheduling link was withdrawn";
    case "referee_added":
      return "One of your referees was added";
    case "referee_status":
      return "A reference was updated";
    case "background_check":
      return "The background check was updated";
    case "exported":
      return "You downloaded your data";
    case "erased":
      return "You erased your personal data";
    case "consent_renewed":
      return "You agreed to be kept in mind for future roles for another period";
    case "consent_withdrawn":
      return "You asked not to be kept in mind for future roles";
    case "talent_invited":
      return `You were invited to apply for ${e.data.jobTitle}`;
    default:
      return "Your application was updated";
  }
}
