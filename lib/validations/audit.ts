import { z } from "zod";
import { ORGANISATION_EVENT_KINDS } from "@/lib/events/organisation-events";

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The organisation log's filters and page, from the page's URL and the API's query alike. */
export const auditQuery = z.object({
  kind: z.preprocess(
    empty,
    z.enum(ORGANISATION_EVENT_KINDS as [string, ...string[]], { error: "Choose a kind from the list." }).optional(),
  ),
  userId: z.preprocess(
    empty,
    z.coerce.number({ error: "userId must be a user's id." }).int().positive("userId must be a user's id.").optional(),
  ),
  cursor: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{1,12}$/, "cursor must be the nextCursor of an earlier page.")
      .optional(),
  ),
});
export type AuditQuery = z.output<typeof auditQuery>;
