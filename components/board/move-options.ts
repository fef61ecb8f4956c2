import type { ApplicationStatus } from "@/db/schema";
import { checkTransition } from "@/lib/stages/transitions";
import type { ProcessStage } from "@/lib/stages/process";
import { columnOf } from "./board-state";
import type { MenuOption } from "./move-menu";

export type MovePlace = {
  /** Stages, then outcomes: the order of the board's columns. */
  order: readonly string[];
  stages: readonly ProcessStage[];
  columnName: (key: string) => string;
  mayReopen: boolean;
};

/**
 * The Move to menu of a card and of the application page: every other column, those the process
 * does not allow this viewer greyed out (the server checks the same rule again).
 */
export function moveOptions(a: { status: ApplicationStatus; stage: string }, place: MovePlace): MenuOption[] {
  const here = columnOf(a);
  return place.order
    .filter((key) => key !== here)
    .map((key) => ({
      key,
      label: place.columnName(key),
      disabled: !checkTransition({
        status: a.status,
        stageKey: a.stage,
        stages: place.stages,
        to: key,
        mayReopen: place.mayReopen,
      }).ok,
    }));
}

/**
 * Where a 409 says the application is now, in the board's words (its column's name), or null
 * when the refusal carries no current state.
 */
export function whereNow(current: unknown, columnName: (key: string) => string): string | null {
  const c = current as { stage?: string; status?: string } | undefined;
  if (!c?.stage) return null;
  return columnName(c.status && c.status !== "active" ? c.status : c.stage);
}
