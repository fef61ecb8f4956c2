import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";

export type Delivery = typeof webhookDeliveries.$inferSelect;

/** How long a claim lasts; a send starts only while it has a full timeout of the claim left. */
export const LEASE_MS = 2 * 60_000;

/**
 * A delivery to send now: waiting, its time come, no live claim on it, to an active endpoint, and
 * nothing earlier in its line (the same application and endpoint) waiting for a retry or a claim.
 */
function dueAt(now: Date) {
  const d = webhookDeliveries;
  const earlier = sql`select 1 from ${d} as e where e.endpoint_id = ${d.endpointId} and e.application_id = ${d.applicationId} and e.id < ${d.id} and e.status in ('pending', 'sending') and (e.next_attempt_at > ${now.getTime()} or e.claimed_until > ${now.getTime()})`;
  return and(
    inArray(d.status, ["pending", "sending"]),
    lte(d.nextAttemptAt, now),
    or(isNull(d.claimedUntil), lte(d.claimedUntil, now)),
    sql`${d.endpointId} in (select ${webhookEndpoints.id} from ${webhookEndpoints} where ${eq(webhookEndpoints.active, true)})`,
    sql`not exists (${earlier})`,
  );
}

/** Whether any delivery is due (one indexed read): the server starts its runner only then. */
export async function anyDeliveryDue(database: Database, now: Date): Promise<boolean> {
  const d = webhookDeliveries;
  const found = await database.read().select({ id: d.id }).from(d).where(dueAt(now)).limit(1).all();
  return found.length > 0;
}

/**
 * Claims due deliveries for `worker` in one statement, as the mail outbox does: rows another
 * instance is claiming are skipped (`for update skip locked`). A delivery waits while an earlier
 * one for the same application and endpoint is waiting for a retry or held by another worker, so
 * each receiver gets an application's events in the order they happened.
 *
 * One statement, so an atomic write (on PostgreSQL at READ COMMITTED, outside the writer slots,
 * where a SERIALIZABLE claim aborted and was aborted by the moves that enqueue deliveries), and
 * not durable: a claim lost in a crash only makes its deliveries due again at once, to be sent
 * again under the same webhook-id, which at-least-once delivery allows.
 */
export async function claimDue(database: Database, worker: string, now: Date, limit: number) {
  const d = webhookDeliveries;
  const due = dueAt(now);
  const claimed = await database.writeAtomic(
    (tx) =>
      tx
        .update(d)
        .set({ status: "sending", claimedBy: worker, claimedUntil: new Date(now.getTime() + LEASE_MS) })
        .where(
          sql`${d.id} in (select ${d.id} from ${d} where ${due} order by ${d.id} limit ${limit} ${database.dialect.skipLocked()})`,
        )
        .returning()
        .all(),
    { durable: false },
  );
  return claimed.sort((a, b) => a.id - b.id);
}

/**
 * Lines (an application's deliveries to one endpoint) in which an earlier delivery is still on its
 * way and not this worker's: another worker claimed it in the same instant (skip locked let both
 * through), so this worker leaves the line to it.
 */
export async function heldElsewhere(database: Database, worker: string, claimed: Delivery[]): Promise<Set<string>> {
  const appIds = [...new Set(claimed.map((c) => c.applicationId).filter((id): id is number => id != null))];
  if (appIds.length === 0) return new Set();
  const d = webhookDeliveries;
  const others = await database
    .read()
    .select({ id: d.id, endpointId: d.endpointId, applicationId: d.applicationId })
    .from(d)
    .where(
      and(
        inArray(d.applicationId, appIds),
        inArray(d.status, ["pending", "sending"]),
        or(isNull(d.claimedBy), sql`${d.claimedBy} <> ${worker}`),
      ),
    )
    .all();
  const first = new Map<string, number>();
  for (const c of claimed)
    if (c.applicationId != null) first.set(lineOf(c), Math.min(first.get(lineOf(c)) ?? c.id, c.id));
  return new Set(others.filter((o) => o.id < (first.get(lineOf(o)) ?? 0)).map(lineOf));
}

export const lineOf = (d: Pick<Delivery, "id" | "endpointId" | "applicationId">) =>
  d.applicationId == null ? `d${d.id}` : `${d.endpointId}:${d.applicationId}`;
