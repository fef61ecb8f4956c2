import type { StageKind } from "@/db/enums";
import { msg, type CommandText } from "@/lib/i18n/command-text";

export type ProcessStage = { key: string; kind: StageKind };

/** Why a process cannot take applications yet, or null when it can: exactly one decision stage. */
export function processProblem(stages: readonly Pick<ProcessStage, "kind">[]): CommandText | null {
  const decisions = stages.filter((s) => s.kind === "decision").length;
  if (decisions === 1) return null;
  return decisions === 0 ? msg("jobs.needsDecision") : msg("jobs.manyDecisions", { count: decisions });
}

/** The stage Hired is reached from: the last offer-checks stage, or the decision when there is none. */
export function hireStage<S extends ProcessStage>(stages: readonly S[]): S | undefined {
  return stages.findLast((s) => s.kind === "offer_checks") ?? stages.find((s) => s.kind === "decision");
}

/** A job with offer-checks stages hires only after the background check; one without has none to wait for. */
export function checksBeforeHire(stages: readonly Pick<ProcessStage, "kind">[]): boolean {
  return stages.some((s) => s.kind === "offer_checks");
}

/**
 * The steps as the candidate meets them, for the posting. Every application arrives in the job's
 * first stage (the intake puts it there, whatever the stage is called or its key): that inbox is
 * the team's, not a step. `stages` in the process's order.
 */
export function candidateSteps<S>(stages: readonly S[]): S[] {
  return stages.slice(1);
}
