import { z } from "zod";
import { msg } from "./message";
import { singleLine } from "./text";

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);

/** /staff/search and GET /api/staff/search: the words and the page, from the URL. */
export const searchQuery = z.object({
  q: z.preprocess((v) => v ?? "", singleLine().max(200, msg("search.tooLong"))),
  page: z.preprocess(
    empty,
    z.coerce
      .number({ error: msg("search.page") })
      .int(msg("search.page"))
      .min(1, msg("search.page"))
      .max(100, msg("search.page"))
      .optional(),
  ),
});
export type SearchQuery = z.output<typeof searchQuery>;
