import "server-only";
import { desc } from "drizzle-orm";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

/** The readable mailbox for admins: every queued, sent and failed message, newest first. */
export function listOutbox(actor: Actor | null, limit = 100) {
  requirePermission(actor, "outbox.view");
  return db()
    .select()
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all()
    .map((m) => ({
      id: m.id, kind: m.kind, to: m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress, subject: m.subject, text: m.text, status: m.status,
      attempts: m.attempts, lastError: m.lastError, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null,
    }));
}
