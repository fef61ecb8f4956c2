import { randomUUID } from "node:crypto";
import { and, eq, gt, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import { outbox, type MailAttachment } from "@/db/schema";
import { bySystem, recordEvent } from "@/lib/events/record";

export type Mail = {
  kind: string;
  applicationId?: number;
  to: string;
  toName?: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
};
export type Send = (mail: Mail & { id: number }) => Promise<void>;
type Writer = Pick<Tx, "insert">;

export const MAX_ATTEMPTS = 8;
/** How long an undelivered message may wait before it is dropped (its links must not linger). */
export const UNDELIVERED_DAYS = 7;
/**
 * How long a claim lasts: renewed before each message is sent, so it covers one SMTP exchange. A
 * worker that dies holding it delays the message by this much; a send slower than this may be
 * sent again by another worker, under the same Message-ID.
 */
export const LEASE_MS = 5 * 60_000;

/** Minutes to wait before attempt n+1: 1, 5, 15, 60, 180, 360, 720. */
export function backoffMs(attempts: number): number {
  const minutes = [1, 5, 15, 60, 180, 360, 720][Math.min(attempts - 1, 6)] ?? 720;
  return minutes * 60_000;
}

const p = (name: string) => sql.placeholder(name);

/** The outbox's insert, built once per connection (db/prepared.ts): every application received queues a mail. */
const insertMail = perConnection((tx: Writer) =>
  tx
    .insert(outbox)
    .values({
      kind: p("kind"),
      applicationId: p("applicationId"),
      toAddress: p("toAddress"),
      toName: p("toName"),
      subject: p("subject"),
      text: p("text"),
      html: p("html"),
      attachments: sql`${p("attachments")}`,
      nextAttemptAt: p("notBefore"),
      createdAt: p("now"),
    })
    .prepare(),
);

/**
 * Queues a message; call it inside the transaction that makes the change it tells about. It is
 * not sent before `notBefore` (a change that may still be undone), and until then it can be dropped.
 */
export async function enqueueMail(tx: Writer, mail: Mail, now = new Date(), notBefore = now): Promise<void> {
  await insertMail(tx).run({
    kind: mail.kind,
    applicationId: mail.applicationId ?? null,
    toAddress: mail.to,
    toName: mail.toName ?? null,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // As drizzle encodes the JSON column, with none left NULL.
    attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
    now,
    notBefore,
  });
}

/**
 * Claims up to `limit` due messages for `worker` in one statement: pending ones, and those whose
 * claim has run out (a worker that died). Rows another instance is claiming at the same moment
 * are skipped, not waited for (the dialect's `for update skip locked`).
 */
async function claimDue(database: Database, worker: string, now: Date, limit: number) {
  const due = and(
    inArray(outbox.status, ["pending", "sending"]),
    lte(outbox.nextAttemptAt, now),
    or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, now)),
  );
  const claimed = await database.write((tx) =>
    tx
      .update(outbox)
      .set({ status: "sending", claimedBy: worker, claimedUntil: new Date(now.getTime() + LEASE_MS) })
      .where(
        sql`${outbox.id} in (select ${outbox.id} from ${outbox} where ${due} order by ${outbox.id} limit ${limit} ${database.dialect.skipLocked()})`,
      )
      .returning()
      .all(),
  );
  return claimed.sort((a, b) => a.id - b.id);
}

/**
 * Delivers what is due. Messages are claimed first under a lease (see LEASE_MS) that names this
 * run, which renews it before each send and records each outcome only while the claim is still
 * its own, so two workers, in one process or in two instances, never send the same one. A failure
 * waits longer each time, and after MAX_ATTEMPTS it is marked failed.
 */
export async function deliverDue(
  database: Database,
  send: Send,
  now = new Date(),
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  const worker = randomUUID();
  const started = Date.now();
  // `now` may be a test's moment; the time spent sending is added to it.
  const at = () => new Date(now.getTime() + (Date.now() - started));
  const mine = (id: number) => and(eq(outbox.id, id), eq(outbox.claimedBy, worker));
  const claimed = await claimDue(database, worker, now, limit);
  let sent = 0;
  let failed = 0;
  for (const m of claimed) {
    const moment = at();
    const renewed = await database.write((tx) =>
      tx
        .update(outbox)
        .set({ claimedUntil: new Date(moment.getTime() + LEASE_MS) })
        .where(and(mine(m.id), gt(outbox.claimedUntil, moment)))
        .run(),
    );
    // The claim ran out while earlier messages were sent, and another worker may have it now.
    if (renewed.changes === 0) continue;
    try {
      await send({
        id: m.id,
        kind: m.kind,
        applicationId: m.applicationId ?? undefined,
        to: m.toAddress,
        toName: m.toName ?? undefined,
        subject: m.subject,
        text: m.text,
        html: m.html,
        attachments: m.attachments ?? undefined,
      });
      // Delivered: the body (with any live status link) and attachments go; what was sent when stays.
      // An erase confirmation's address goes too, since it is the last trace of the person.
      const body = { text: "", html: "", attachments: null };
      const scrub = m.kind === "erased" ? { toAddress: "", toName: null } : {};
      await database.write((tx) =>
        tx
          .update(outbox)
          .set({
            status: "sent",
            sentAt: new Date(),
            claimedUntil: null,
            claimedBy: null,
            attempts: m.attempts + 1,
            lastError: null,
            ...body,
            ...scrub,
          })
          .where(mine(m.id))
          .run(),
      );
      sent += 1;
    } catch (e) {
      const attempts = m.attempts + 1;
      await database.write((tx) =>
        tx
          .update(outbox)
          .set({
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            attempts,
            claimedUntil: null,
            claimedBy: null,
            lastError: e instanceof Error ? e.message.slice(0, 500) : String(e),
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          })
          .where(mine(m.id))
          .run(),
      );
      failed += 1;
    }
  }
  return { sent, failed };
}

/**
 * Drops messages still undelivered after UNDELIVERED_DAYS (pending, retrying or failed), so a
 * working status link never waits in the database for ever; the audit trail records what went.
 */
export async function dropStaleMail(database: Database, now = new Date()): Promise<number[]> {
  const cutoff = new Date(now.getTime() - UNDELIVERED_DAYS * 24 * 60 * 60 * 1000);
  return database.write(async (tx) => {
    const stale = and(inArray(outbox.status, ["pending", "sending", "failed"]), lt(outbox.createdAt, cutoff));
    const rows = await tx
      .select({ id: outbox.id, kind: outbox.kind, status: outbox.status, applicationId: outbox.applicationId })
      .from(outbox)
      .where(stale)
      .all();
    if (rows.length === 0) return [];
    await tx
      .delete(outbox)
      .where(
        inArray(
          outbox.id,
          rows.map((r) => r.id),
        ),
      )
      .run();
    await recordEvent(
      tx,
      bySystem("outbox"),
      {
        kind: "outbox.dropped_undelivered",
        data: { count: rows.length, olderThanDays: UNDELIVERED_DAYS, messages: rows },
      },
      now,
    );
    return rows.map((r) => r.id);
  });
}
