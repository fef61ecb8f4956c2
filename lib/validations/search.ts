import { z } from "zod";
import { singleLine } from "./text";

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);

/** /staff/search and GET /api/staff/search: the words and the page, from the URL. */
export const searchQuery = z.object({
  q: z.preprocess((v) => v ?? "", singleLine().max(200, "Keep the search under 200 characters.")),
  page: z.preprocess(
    empty,
    z.coerce
      .number({ error: "page must be a number from 1 to 100." })
      .int("page must be a number from 1 to 100.")
      .min(1, "page must be a number from 1 to 100.")
      .max(100, "page must be a number from 1 to 100.")
      .optional(),
  ),
});
export type SearchQuery = z.output<typeof searchQuery>;
