import type { ApplicationStatus } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";

export const OUTCOMES = ["hired", "rejected", "withdrawn"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REJECTION_REASONS = {
  must_haves: "Not a match for the must-haves",
  not_eu: "Not based in the EU",
  withdrew: "Withdrew",
  position_filled: "Position filled",
  other: "Other",
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;

export function isOutcome(to: string): to is Outcome {
  return (OUTCOMES as readonly string[]).includes(to);
}

export type TransitionInput = {
  status: ApplicationStatus;
  stageKey: string;
  /** Stage keys of the job in order; the last one is the only door to Hired. */
  stageKeys: readonly string[];
  to: string;
  role: Role;
};

export type TransitionCheck = { ok: true; reopen: boolean } | { ok: false; message: string };

/**
 * The rules of the process: any stage forward or back; Hired only from the last stage;
 * Rejected, Withdrawn and Hired are final unless an admin reopens the application.
 */
export function checkTransition({ status, stageKey, stageKeys, to, role }: TransitionInput): TransitionCheck {
  const toOutcome = isOutcome(to);
  if (!toOutcome && !stageKeys.includes(to)) return { ok: false, message: `There is no stage "${to}" in this job.` };
  if (status !== "active") {
    if (toOutcome) return { ok: false, message: `This application is already ${status}.` };
    if (role !== "admin") return { ok: false, message: `This application is ${status}; only an admin can reopen it.` };
    return { ok: true, reopen: true };
  }
  if (!toOutcome && to === stageKey) return { ok: false, message: "The application is already in this stage." };
  if (to === "hired" && stageKey !== stageKeys[stageKeys.length - 1]) {
    return { ok: false, message: "An application can be marked hired only from the last stage (references and background check)." };
  }
  return { ok: true, reopen: false };
}
