import "server-only";
import { db } from "@/db";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import type { BulkMove, StageMove } from "@/lib/validations/move";
import { transitionApplication, type TransitionResult } from "./transition";

export type MoveResult = TransitionResult;

/**
 * Moves one application: recruiter or admin, a transition the process allows, and the version
 * the mover saw (a stale one is refused with 409 and the current state, so two movers cannot
 * both win). The rule, the event and the candidate's message are the one transition's.
 */
export function moveApplication(actor: Actor | null, id: number, input: StageMove): MoveResult {
  const who = requirePermission(actor, "applications.move");
  return db().transaction((tx) => transitionApplication(tx, { type: "user", user: who }, { id }, input.to, input), {
    behavior: "immediate",
  });
}

/** Several moves with one target, all or nothing: the first refusal rolls every one back. */
export function moveApplications(actor: Actor | null, input: BulkMove): MoveResult[] {
  const who = requirePermission(actor, "applications.move");
  const now = new Date();
  const { items, ...details } = input;
  return db().transaction(
    (tx) =>
      items.map((item) =>
        transitionApplication(
          tx,
          { type: "user", user: who },
          { id: item.id },
          details.to,
          { ...details, version: item.version },
          now,
        ),
      ),
    { behavior: "immediate" },
  );
}
