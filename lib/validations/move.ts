import { z } from "zod";
import { msg } from "./message";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import { multiLine } from "./text";

const reasons = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];

const moveFields = {
  to: z.string().trim().min(1, msg("move.to")).max(60),
  reason: z.enum(reasons, { error: msg("reasonFromList") }).optional(),
  feedback: multiLine().max(4000, msg("feedbackTooLong")).optional(),
  /** An admin may mark someone hired before the background check is complete, saying why. */
  override: z.boolean().optional(),
  overrideReason: multiLine().max(500, msg("reasonTooLong")).optional(),
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
      message: msg("move.overrideReason"),
    });
  }
  if (v.to !== "rejected") return;
  if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: msg("reasonFromList") });
  if (!v.feedback || v.feedback.length < 20) {
    ctx.addIssue({
      code: "custom",
      path: ["feedback"],
      message: msg("feedbackRequired"),
    });
  }
}

export const stageMove = z
  .object({
    ...moveFields,
    version: z
      .number({ error: msg("move.version") })
      .int()
      .positive(),
  })
  .superRefine(requireRejectionDetails);

export const bulkMove = z
  .object({
    ...moveFields,
    items: z
      .array(z.object({ id: z.number().int().positive(), version: z.number().int().positive() }))
      .min(1, msg("move.selectOne"))
      .max(500, msg("move.tooMany")),
  })
  .superRefine(requireRejectionDetails);

export type StageMove = z.output<typeof stageMove>;
export type BulkMove = z.output<typeof bulkMove>;

/** The API's undo of one application: the version its move returned. */
export const undoVersion = z.object({
  version: z
    .number({ error: msg("move.version") })
    .int()
    .positive(),
});

/** Undo of the user's own last move of each application, with the versions the move returned. */
export const undoMove = z.object({
  items: z
    .array(undoVersion.extend({ id: z.number().int().positive() }))
    .min(1, msg("move.undoWhich"))
    .max(500, msg("move.undoTooMany")),
});
export type UndoMove = z.output<typeof undoMove>;
