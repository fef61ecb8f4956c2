import { and, inArray, lt, ne } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";

/** Attempts, and finished deliveries, are kept this long for the endpoint's page. */
export const KEEP_DAYS = 30;

/**
 * Inside an erase or anonymisation: the application's deliveries still waiting are dropped, all
 * but the one telling receivers of the erase itself (which carries ids only).
 */
export async function dropUndeliveredWebhooks(tx: Tx, ids: number[], kind: "erased" | "anonymised"): Promise<void> {
  await tx
    .delete(webhookDeliveries)
    .where(
      and(
        inArray(webhookDeliveries.applicationId, ids),
        inArray(webhookDeliveries.status, ["pending", "sending"]),
        ne(webhookDeliveries.type, `application.${kind}`),
      ),
    )
    .run();
}

/** Drops attempts and finished deliveries older than KEEP_DAYS (the periodic run calls it). */
export async function pruneWebhooks(database: Database, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 24 * 60 * 60 * 1000);
  await database.write(async (tx) => {
    await tx.delete(webhookAttempts).where(lt(webhookAttempts.at, cutoff)).run();
    await tx
      .delete(webhookDeliveries)
      .where(and(inArray(webhookDeliveries.status, ["delivered", "failed"]), lt(webhookDeliveries.createdAt, cutoff)))
      .run();
  });
}
