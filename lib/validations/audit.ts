import { z } from "zod";
import { msg } from "./message";
import { ORGANISATION_EVENT_KINDS } from "@/lib/events/organisation-events";

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The organisation log's filters and page, from the page's URL and the API's query alike. */
export const auditQuery = z.object({
  kind: z.preprocess(
    empty,
    z.enum(ORGANISATION_EVENT_KINDS as [string, ...string[]], { error: msg("audit.kind") }).optional(),
  ),
  userId: z.preprocess(
    empty,
    z.coerce
      .number({ error: msg("audit.userId") })
      .int()
      .positive(msg("audit.userId"))
      .optional(),
  ),
  cursor: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{1,12}$/, msg("audit.cursor"))
      .optional(),
  ),
});
export type AuditQuery = z.output<typeof auditQuery>;
