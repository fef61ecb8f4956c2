import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "@/db";
import { users, webhookEndpoints } from "@/db/schema";
import { env, publicUrlOf } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { webhookPausedMail } from "@/lib/mail/staff-messages";

/** An endpoint whose every attempt has failed for this long is paused and its admins told. */
export const PAUSE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Once per run, per endpoint it sent to: a success clears the endpoint's failing streak; a run of
 * failures only starts one, or, three days on, pauses the endpoint and mails every active admin
 * (through the outbox, in the same transaction).
 */
export async function noteEndpointHealth(
  database: Database,
  runs: Map<number, { ok: boolean; failed: boolean }>,
  now: Date,
): Promise<void> {
  // The endpoints a success reached, in one statement (one atomic write: usually it changes
  // nothing, and then on PostgreSQL costs no commit to the disk).
  const reached = [...runs].filter(([, run]) => run.ok).map(([id]) => id);
  if (reached.length)
    await database.writeAtomic((tx) =>
      tx
        .update(webhookEndpoints)
        .set({ failingSince: null })
        .where(and(inArray(webhookEndpoints.id, reached), isNotNull(webhookEndpoints.failingSince)))
        .run(),
    );
  for (const [id, run] of runs) {
    if (run.ok) continue;
    await database.write(async (tx) => {
      const endpoint = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).get();
      if (!endpoint?.active) return;
      if (!endpoint.failingSince) {
        await tx.update(webhookEndpoints).set({ failingSince: now }).where(eq(webhookEndpoints.id, id)).run();
        return;
      }
      if (now.getTime() - endpoint.failingSince.getTime() < PAUSE_AFTER_MS) return;
      await tx
        .update(webhookEndpoints)
        .set({ active: false, pausedReason: "Every delivery failed for 3 days.", updatedAt: now })
        .where(eq(webhookEndpoints.id, id))
        .run();
      const admins = await tx
        .select({ email: users.email, name: users.name, locale: users.locale })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)))
        .all();
      const link = `${publicUrlOf(env())}/staff/integrations`;
      for (const admin of admins) {
        await enqueueMail(tx, webhookPausedMail(admin, endpoint.url, endpoint.failingSince, link), now);
      }
    });
  }
}
