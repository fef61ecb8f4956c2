import "server-only";
import { write } from "@/db";
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
export async function moveApplication(actor: Actor | null, id: number, input: StageMove): Promise<MoveResult> {
  const who = requirePermission(actor, "applications.move");
  return write(async (tx) => transitionApplication(tx, { type: "user", user: who }, { id }, input.to, input));
}

/** Several moves with one target, all or nothing: the first refusal rolls every one back. */
export async function moveApplications(actor: Actor | null, input: BulkMove): Promise<MoveResult[]> {
  const who = requirePermission(actor, "applications.move");
  const now = new Date();
  const { items, ...details } = input;
  return write(async (tx) => {
    // One after another: each move's checks must see the moves before it.
    const moved: MoveResult[] = [];
    for (const item of items) {
      const version = { ...details, version: item.version };
      moved.push(
        await transitionApplication(tx, { type: "user", user: who }, { id: item.id }, details.to, version, now),
      );
    }
    return moved;
  });
}
