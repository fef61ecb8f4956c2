"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { mergeCandidates, undoMerge } from "@/lib/people/merge";
import { mergeInput } from "@/lib/validations/people";

/** Merges another record into this application's candidate (lib/people/merge.ts). */
export const mergeAction = validatedAction(mergeInput, async (input, actor) => {
  const merge = await mergeCandidates(actor, input);
  revalidatePath("/staff/applications/[id]", "page");
  return merge;
});

export const undoMergeAction = validatedAction(
  z.object({ mergeId: z.number().int().positive() }),
  async ({ mergeId }, actor) => {
    const merge = await undoMerge(actor, mergeId);
    revalidatePath("/staff/applications/[id]", "page");
    return merge;
  },
);
