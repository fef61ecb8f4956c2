import "server-only";
import { desc } from "drizzle-orm";
import { read } from "@/db";
import { outbox } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

/** A status link's token is the candidate's only credential: an admin reading the outbox sees none. */
export function redactStatusLinks(text: string): string {
  return text.replace(/\/status\/[A-Za-z0-9_-]+/g, "/status/…redacted");
}

/**
 * The readable mailbox for admins: every queued, sent and failed message, newest first. A
 * delivered message keeps only its metadata (the outbox drops its body once sent), so `text`
 * is null for it.
 */
export async function listOutbox(actor: Actor | null, limit = 100) {
  requirePermission(actor, "outbox.view");
  return (await read().select().from(outbox).orderBy(desc(outbox.id)).limit(limit).all()).map((m) => ({
    id: m.id,
    kind: m.kind,
    to: m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress,
    subject: m.subject,
    text: m.status === "sent" ? null : redactStatusLinks(m.text),
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}
