import type { StageKind } from "@/db/enums";

export type ProcessStage = { key: string; kind: StageKind };

/** Why a process cannot take applications yet, or null when it can: exactly one decision stage. */
export function processProblem(stages: readonly Pick<ProcessStage, "kind">[]): string | null {
  const decisions = stages.filter((s) => s.kind === "decision").length;
  if (decisions === 1) return null;
  return decisions === 0
    ? "The process needs a stage of the kind Decision before the job opens."
    : `The process has ${decisions} Decision stages; a job has exactly one.`;
}

/** The stage Hired is reached from: the last offer-checks stage, or the decision when there is none. */
export function hireStage<S extends ProcessStage>(stages: readonly S[]): S | undefined {
  return stages.findLast((s) => s.kind === "offer_checks") ?? stages.find((s) => s.kind === "decision");
}

/** A job with offer-checks stages hires only after the background check; one without has none to wait for. */
export function checksBeforeHire(stages: readonly Pick<ProcessStage, "kind">[]): boolean {
  return stages.some((s) => s.kind === "offer_checks");
}
