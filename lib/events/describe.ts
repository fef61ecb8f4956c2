import { candidateTranslator } from "@/lib/i18n/candidate-translator";
import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import type { ReadEvent } from "./application-events";

type Stages = { fromStage: string | null; toStage: string | null };
type Words = ReturnType<typeof words>;

/** The translators of each language, made once: a timeline words dozens of events. */
const cache = new Map<Locale, ReturnType<typeof makeWords>>();
const makeWords = (locale: Locale) => ({
  t: translator(locale, "application"),
  reasons: translator(locale, "board"),
  candidate: candidateTranslator(locale, "status"),
});
function words(locale: Locale) {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = makeWords(locale)));
  return found;
}

function rejection({ t, reasons }: Words, reason: string | null | undefined): string {
  return reason && reason in REJECTION_REASONS
    ? t("events.rejectedBecause", { reason: reasons(`reject.reasons.${reason as RejectionReason}`) })
    : t("events.rejected");
}

/** An undo says so, and whether the candidate's queued message went with it. */
function undone({ t }: Words, data: { droppedMail: string[] } | null | undefined): string {
  if (!data) return "";
  return data.droppedMail.length ? t("events.undoMailDropped") : t("events.undo");
}

/**
 * One sentence per event for the team's timeline, in the viewer's language; a kind this version
 * does not know is "Other change".
 */
export function describeForStaff(e: ReadEvent, { fromStage, toStage }: Stages, locale: Locale = "en"): string {
  const w = words(locale);
  const { t } = w;
  switch (e.kind) {
    case "applied":
      return e.data?.cv ? t("events.appliedWithCv") : t("events.applied");
    case "moved": {
      const moved =
        fromStage && toStage
          ? t("events.movedFromTo", { from: fromStage, to: toStage })
          : toStage
            ? t("events.movedTo", { to: toStage })
            : t("events.movedElsewhere");
      return `${moved}${undone(w, e.data)}`;
    }
    case "hired":
      return e.data?.override ? t("events.hiredOverride", { reason: e.data.overrideReason ?? "" }) : t("events.hired");
    case "rejected":
      return e.data?.knockout
        ? t("events.knockout", { rejection: rejection(w, e.data.reason), question: e.data.knockout })
        : rejection(w, e.data?.reason);
    case "withdrawn":
      return e.data?.onBehalf ? t("events.markedWithdrawn") : t("events.withdrew");
    case "reopened":
      return `${toStage ? t("events.reopenedIn", { to: toStage }) : t("events.reopened")}${undone(w, e.data)}`;
    case "note_added":
      return t("events.noteAdded");
    case "note_edited":
      return t("events.noteEdited");
    case "tag_added":
      return t("events.tagAdded", { tag: e.data.tag });
    case "tag_removed":
      return t("events.tagRemoved", { tag: e.data.tag });
    case "interview_planned":
      return e.data.interviewers.length
        ? t("events.interviewPlannedWith", { names: e.data.interviewers.join(", ") })
        : t("events.interviewPlanned");
    case "interview_cancelled":
      return t("events.interviewCancelled");
    case "scheduling_requested": {
      const names = e.data.interviewers.join(", ");
      return e.data.required === e.data.interviewers.length
        ? t("events.schedulingRequestedAll", { names })
        : t("events.schedulingRequestedSome", { names, required: e.data.required });
    }
    case "scheduling_booked":
      return t("events.schedulingBooked");
    case "scheduling_rescheduled":
      return t("events.schedulingRescheduled");
    case "scheduling_cancelled":
      return e.data.by === "candidate" ? t("events.schedulingCancelledByCandidate") : t("events.schedulingCancelled");
    case "scheduling_expired":
      return t("events.schedulingExpired");
    case "scorecard_submitted":
      return t("events.scorecardSubmitted");
    case "scorecard_amended":
      return t("events.scorecardAmended");
    case "decision_recorded":
      return e.data.decision === "offer" ? t("events.decisionOffer") : t("events.decisionDecline");
    case "referee_added":
      return t("events.refereeAdded", { referee: e.data.referee });
    case "referee_status":
      return t("events.refereeStatus", {
        referee: e.data.referee,
        status: t(`events.refereeStatuses.${e.data.status}`),
      });
    case "background_check":
      return t("events.backgroundCheck", { status: t(`events.checkStatuses.${e.data.status}`) });
    case "knockout_rejected":
      return t("events.knockout", { rejection: rejection(w, e.data.reason), question: e.data.question });
    case "knockout_scheduled":
      return t("events.knockoutScheduled", { question: e.data.question });
    case "knockout_cancelled":
      return t("events.knockoutCancelled", { question: e.data.question });
    case "candidate_merged":
      return t("events.candidateMerged", { merged: e.data.mergedCandidateId, kept: e.data.keptCandidateId });
    case "candidate_merge_undone":
      return t("events.mergeUndone", { merged: e.data.mergedCandidateId, kept: e.data.keptCandidateId });
    case "consent_renewal_sent":
      return t("events.consentRenewalSent");
    case "consent_renewed":
      return t("events.consentRenewed");
    case "consent_withdrawn":
      return e.data.via === "renewal_email" ? t("events.consentDeclined") : t("events.consentWithdrawn");
    case "talent_invited":
      return t("events.talentInvited", { job: e.data.jobTitle });
    case "exported":
      return t("events.exported");
    case "erased":
      return t("events.erased");
    case "anonymised":
      return t("events.anonymised");
    case "other":
      return t("events.other");
  }
}

/**
 * The same history in the candidate's terms, for their export (what the team did, not how), in
 * the language they applied in; a kind this version does not know reads "Your application was
 * updated".
 */
export function describeForCandidate(e: ReadEvent, locale: Locale = "en"): string {
  const t = words(locale).candidate;
  switch (e.kind) {
    case "applied":
      return t("history.applied");
    case "moved":
      return t("history.moved");
    case "rejected":
    case "knockout_rejected":
      return t("history.rejected");
    case "hired":
      return t("history.hired");
    case "withdrawn":
      return t("history.withdrawn");
    case "reopened":
      return t("history.reopened");
    case "interview_planned":
      return t("history.interviewPlanned");
    case "interview_cancelled":
      return t("history.interviewCancelled");
    case "decision_recorded":
      return t("history.decisionRecorded");
    case "scheduling_requested":
      return t("history.schedulingRequested");
    case "scheduling_booked":
      return t("history.schedulingBooked");
    case "scheduling_rescheduled":
      return t("history.schedulingRescheduled");
    case "scheduling_cancelled":
      return e.data.by === "candidate" ? t("history.schedulingCancelledByYou") : t("history.schedulingWithdrawn");
    case "referee_added":
      return t("history.refereeAdded");
    case "referee_status":
      return t("history.refereeStatus");
    case "background_check":
      return t("history.backgroundCheck");
    case "exported":
      return t("history.exported");
    case "erased":
      return t("history.erased");
    case "consent_renewed":
      return t("history.consentRenewed");
    case "consent_withdrawn":
      return t("history.consentWithdrawn");
    case "talent_invited":
      return t("history.talentInvited", { job: e.data.jobTitle });
    default:
      return t("history.other");
  }
}
