import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { read, write } from "@/db";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { endpointDto } from "./endpoints";

/** An endpoint's latest deliveries, each with its attempts (kept 30 days), newest first. */
export async function listDeliveries(actor: Actor | null, endpointId: number, limit = 50) {
  requirePermission(actor, "webhooks.manage");
  const endpoint = await read().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).get();
  if (!endpoint) throw new AppError("not_found", msg("webhooks.noEndpoint"));
  const deliveries = await read()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit)
    .all();
  const attempts = deliveries.length
    ? await read()
        .select()
        .from(webhookAttempts)
        .where(
          inArray(
            webhookAttempts.deliveryId,
            deliveries.map((d) => d.id),
          ),
        )
        .orderBy(webhookAttempts.id)
        .all()
    : [];
  return {
    endpoint: endpointDto(endpoint),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      messageId: d.messageId,
      type: d.type,
      applicationId: d.applicationId,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
      lastError: d.lastError,
      createdAt: d.createdAt.toISOString(),
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
      tries: attempts
        .filter((a) => a.deliveryId === d.id)
        .map((a) => ({
          at: a.at.toISOString(),
          statusCode: a.statusCode,
          latencyMs: a.latencyMs,
          response: a.response,
          error: a.error,
        })),
    })),
  };
}

/**
 * Sends a delivery again, under the same webhook-id so the receiver can tell it is a repeat:
 * it is simply due again, with a fresh set of tries.
 */
export async function resendDelivery(actor: Actor | null, deliveryId: number) {
  requirePermission(actor, "webhooks.manage");
  return write(async (tx) => {
    const delivery = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId)).get();
    if (!delivery) throw new AppError("not_found", msg("webhooks.noDelivery"));
    if (delivery.status === "pending" || delivery.status === "sending")
      throw new AppError("conflict", msg("webhooks.onItsWay"));
    await tx
      .update(webhookDeliveries)
      .set({
        status: "pending",
        attempts: 0,
        nextAttemptAt: new Date(),
        lastError: null,
        claimedBy: null,
        claimedUntil: null,
      })
      .where(eq(webhookDeliveries.id, deliveryId))
      .run();
    return { id: delivery.id, messageId: delivery.messageId, status: "pending" as const };
  });
}
