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

/**
 * Where an application page was opened from: the board column and the board's filters, carried in
 * the card's link so the page knows the application's neighbours and the way back.
 */
export const boardPlace = boardQuery
  .pick({ q: true, tag: true, source: true, minDays: true, feedback: true })
  .extend({ column: optional });
export type BoardPlace = z.output<typeof boardPlace>;

/** The query string of a place ("" when there is none), in a fixed order so links compare equal. */
export function placeSearch(place: Partial<BoardPlace>): string {
  const search = new URLSearchParams();
  for (const key of ["column", "q", "tag", "source", "minDays", "feedback"] as const) {
    const value = place[key];
    if (value !== undefined && value !== "" && value !== 0) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
