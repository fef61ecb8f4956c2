"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { listApplications } from "@/lib/applications/board";
import { moveApplication, moveApplications } from "@/lib/applications/move-application";
import { undoMoves } from "@/lib/applications/undo";
import { boardQuery } from "@/lib/validations/board";
import { bulkMove, stageMove, undoMove } from "@/lib/validations/move";

// Every board shows the moved card, whatever its filters; revalidate them all.
const refreshBoards = () => revalidatePath("/staff/jobs/[slug]", "page");

export const moveAction = validatedAction(
  z.object({ id: z.number().int().positive(), move: stageMove }),
  async (input, actor) => {
    const result = await moveApplication(actor, input.id, input.move);
    refreshBoards();
    return result;
  },
);

export const bulkMoveAction = validatedAction(bulkMove, async (input, actor) => {
  const results = await moveApplications(actor, input);
  refreshBoards();
  return results;
});

/** Undo of the board's last move (one card or several), with the versions the move returned. */
export const undoMovesAction = validatedAction(undoMove, async (input, actor) => {
  const results = await undoMoves(actor, input);
  refreshBoards();
  return results;
});

const showMore = boardQuery.extend({
  slug: z.string().min(1).max(100),
  stage: z.string().min(1).max(60),
  /** None for the first page (an outcome lane being opened). */
  cursor: z.string().min(1).max(200).optional(),
});

export const showMoreAction = validatedAction(showMore, ({ slug, ...options }, actor) =>
  listApplications(actor, slug, options),
);
