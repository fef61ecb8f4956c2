import { and, eq, isNull, or } from "drizzle-orm";
import type { Tx } from "@/db";
import { messageTemplates, type Locale } from "@/db/schema";
import type { Template, TemplateKind } from "./template";

type Reader = Pick<Tx, "select">;

/**
 * The wording a message is sent with: the job's override, else the organisation's, else null
 * (the built-in text). Read inside the transaction that queues the message.
 */
export async function templateFor(
  tx: Reader,
  kind: TemplateKind,
  locale: Locale,
  jobId: number | null,
): Promise<Template | null> {
  const rows = await tx
    .select({ jobId: messageTemplates.jobId, subject: messageTemplates.subject, body: messageTemplates.body })
    .from(messageTemplates)
    .where(
      and(
        eq(messageTemplates.kind, kind),
        eq(messageTemplates.locale, locale),
        jobId === null
          ? isNull(messageTemplates.jobId)
          : or(isNull(messageTemplates.jobId), eq(messageTemplates.jobId, jobId)),
      ),
    )
    .all();
  const row = rows.find((r) => r.jobId !== null) ?? rows[0];
  return row ? { subject: row.subject, body: row.body } : null;
}
