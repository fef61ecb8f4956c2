import { z } from "zod";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import { multiLine } from "./text";

const reasons = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];

const moveFields = {
  to: z.string().trim().min(1, "Choose where to move the application.").max(60),
  reason: z.enum(reasons, { error: "Choose a reason from the list." }).optional(),
  feedback: multiLine().max(4000, "Keep the feedback under 4,000 characters.").optional(),
  /** An admin may mark someone hired before the background check is complete, saying why. */
  override: z.boolean().optional(),
  overrideReason: multiLine().max(500, "Keep the reason under 500 characters.").optional(),
};

/** A rejection needs a reason and constructive words for the candidate, as the posting promises. */
function requireRejectionDetails(
  v: { to: string; reason?: string; feedback?: string; override?: boolean; overrideReason?: string },
  ctx: z.RefinementCtx,
) {
  if (v.override && (!v.overrideReason || v.overrideReason.length < 10)) {
    ctx.addIssue({
      code: "custom",
      path: ["overrideReason"],
      message: "Say why you hire before the background check is complete (at least 10 characters).",
    });
  }
  if (v.to !== "rejected") return;
  if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Choose a reason from the list." });
  if (!v.feedback || v.feedback.length < 20) {
    ctx.addIssue({
      code: "custom",
      path: ["feedback"],
      message: "Write a few constructive sentences for the candidate (at least 20 characters).",
    });
  }
}

export const stageMove = z
  .object({ ...moveFields, version: z.number({ error: "version must be a number." }).int().positive() })
  .superRefine(requireRejectionDetails);

export const bulkMove = z
  .object({
    ...moveFields,
    items: z
      .array(z.object({ id: z.number().int().positive(), version: z.number().int().positive() }))
      .min(1, "Select at least one application.")
      .max(500, "Move at most 500 applications at once."),
  })
  .superRefine(requireRejectionDetails);

export type StageMove = z.output<typeof stageMove>;
export type BulkMove = z.output<typeof bulkMove>;

/** The API's undo of one application: the version its move returned. */
export const undoVersion = z.object({ version: z.number({ error: "version must be a number." }).int().positive() });

/** Undo of the user's own last move of each application, with the versions the move returned. */
export const undoMove = z.object({
  items: z
    .array(undoVersion.extend({ id: z.number().int().positive() }))
    .min(1, "Say which application to undo.")
    .max(500, "Undo at most 500 applications at once."),
});
export type UndoMove = z.output<typeof undoMove>;
