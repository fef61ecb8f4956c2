import "server-only";
import { and, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { dialect, read } from "@/db";
import { auditLog } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import type { AuditQuery } from "@/lib/validations/audit";
import { describeOrganisationEvent, organisationEventActor, type AuditActorDto } from "./describe-organisation";
import { readOrganisationEvent } from "./organisation-events";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryDto = {
  id: number;
  kind: string;
  at: string;
  actor: AuditActorDto;
  summary: string;
  data: Record<string, unknown>;
};
export type AuditPage = { entries: AuditEntryDto[]; nextCursor: string | null };

/**
 * The organisation log for admins, newest first, 50 entries a page. `userId` finds the entries a
 * user made and those made about them; the cursor is the last id of the page before. Summaries are
 * in `locale`: the page passes the viewer's, the JSON API keeps English.
 */
export async function listAudit(actor: Actor | null, query: AuditQuery, locale: Locale = "en"): Promise<AuditPage> {
  requirePermission(actor, "audit.view");
  const where: SQL[] = [];
  if (query.kind) where.push(eq(auditLog.action, query.kind));
  if (query.userId) {
    where.push(
      or(
        sql`${dialect().jsonValue(auditLog.data, ["actor", "id"])} = ${query.userId}`,
        sql`${dialect().jsonValue(auditLog.data, ["userId"])} = ${query.userId}`,
      )!,
    );
  }
  if (query.cursor) where.push(lt(auditLog.id, Number(query.cursor)));
  const rows = await read()
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .all();
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    entries: page.map((r) => {
      const event = readOrganisationEvent(r.action, r.data);
      return {
        id: r.id,
        kind: r.action,
        at: r.createdAt.toISOString(),
        actor: organisationEventActor(r.data),
        summary: describeOrganisationEvent(event, locale),
        data: r.data,
      };
    }),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? String(page[page.length - 1]!.id) : null,
  };
}
