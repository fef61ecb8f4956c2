import { z } from "zod";
import { singleLine } from "./text";

const optional = singleLine()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));

/** The board's filters as they travel in a URL, shared by the page and the staff API. */
export const boardQuery = z.object({
  stage: optional,
  q: optional,
  tag: optional,
  source: optional,
  minDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  feedback: z.literal("missing").optional().catch(undefined),
  cursor: optional,
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type BoardQuery = z.output<typeof boardQuery>;
