import { and, eq, isNotNull } from "drizzle-orm";
import type { Database } from "@/db";
import { users, webhookEndpoints } from "@/db/schema";
import { env, publicUrlOf } from "@/lib/env";
import { escapeHtml } from "@/lib/http/responses";
import { enqueueMail } from "@/lib/mail/outbox";

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
  for (const [id, run] of runs) {
    if (run.ok) {
      await database.write((tx) =>
        tx
          .update(webhookEndpoints)
          .set({ failingSince: null })
          .where(and(eq(webhookEndpoints.id, id), isNotNull(webhookEndpoints.failingSince)))
          .run(),
      );
      continue;
    }
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
        .select({ email: users.email, name: users.name })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)))
        .all();
      const link = `${publicUrlOf(env())}/staff/integrations`;
      const text = `Every delivery to the webhook endpoint ${endpoint.url} has failed since ${endpoint.failingSince.toISOString()}, so Rekry has paused it. Its deliveries wait until it is resumed:\n\n${link}`;
      for (const admin of admins) {
        await enqueueMail(
          tx,
          {
            kind: "webhook_paused",
            to: admin.email,
            toName: admin.name,
            subject: "A webhook endpoint was paused",
            text,
            html: `<!doctype html><html lang="en"><body><p>${escapeHtml(text.split("\n")[0]!)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p></body></html>`,
          },
          now,
        );
      }
    });
  }
}
