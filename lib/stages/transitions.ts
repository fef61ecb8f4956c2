import type { ApplicationStatus } from "@/db/schema";
import { checksBeforeHire, hireStage, type ProcessStage } from "./process";
import { msg, type CommandText } from "@/lib/i18n/command-text";

export const OUTCOMES = ["hired", "rejected", "withdrawn"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_NAMES: Record<Outcome, string> = { hired: "Hired", rejected: "Rejected", withdrawn: "Withdrawn" };

export const REJECTION_REASONS = {
  must_haves: "Not a match for the must-haves",
  not_eu: "Not based in the EU",
  withdrew: "Withdrew",
  position_filled: "Position filled",
  other: "Other",
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;

/**
 * How long a staff member's change may be taken back, and so how long the candidate's message
 * about it waits in the outbox first (a rejection must not reach them before it is final).
 */
export const UNDO_SECONDS = 10;

export function isOutcome(to: string): to is Outcome {
  return (OUTCOMES as readonly string[]).includes(to);
}

export type TransitionInput = {
  status: ApplicationStatus;
  stageKey: string;
  /** The job's stages in order, with their kinds: they decide where Hired is reached from. */
  stages: readonly ProcessStage[];
  to: string;
  /** From the permission table: whether this viewer may reopen a final application. */
  mayReopen: boolean;
};

export type TransitionCheck = { ok: true; reopen: boolean } | { ok: false; message: CommandText };

/**
 * The rules of the process: any stage forward or back; Hired only from the hire stage (the last
 * offer-checks stage, or the decision when a job has none); Rejected, Withdrawn and Hired are
 * final unless someone who may reopen does.
 */
export function checkTransition({ status, stageKey, stages, to, mayReopen }: TransitionInput): TransitionCheck {
  const toOutcome = isOutcome(to);
  if (!toOutcome && !stages.some((s) => s.key === to))
    return { ok: false, message: msg("transition.noStage", { stage: to }) };
  if (status !== "active") {
    if (toOutcome) return { ok: false, message: msg("transition.alreadyFinal", { status }) };
    if (!mayReopen) return { ok: false, message: msg("transition.adminReopens", { status }) };
    return { ok: true, reopen: true };
  }
  if (!toOutcome && to === stageKey) return { ok: false, message: msg("transition.sameStage") };
  if (to === "hired" && hireStage(stages)?.key !== stageKey) {
    return {
      ok: false,
      message: checksBeforeHire(stages) ? msg("transition.hireAfterChecks") : msg("transition.hireFromDecision"),
    };
  }
  return { ok: true, reopen: false };
}
