import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { read, write } from "@/db";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byUser, recordEvent } from "@/lib/events/record";
import { isPrivateAddress } from "@/lib/security/outbound";
import { endpointUrl, sealEndpointUrl } from "./endpoint-url";
import type { webhookEndpointCreate, webhookEndpointUpdate } from "@/lib/validations/webhooks";
import { newSigningSecret } from "./signing";

/** A rotated secret keeps signing beside the new one this long, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

type Row = typeof webhookEndpoints.$inferSelect;

/**
 * A chat's incoming-webhook URL is itself the credential (anyone holding it may post), so every
 * endpoint URL is stored sealed, and a chat's is shown only up to its host.
 */
function shownUrl(row: Row): string {
  const url = endpointUrl(row);
  return row.kind === "webhook" ? url : `${new URL(url).origin}/…`;
}

export function endpointDto(row: Row, counts: { pending: number; failed: number } = { pending: 0, failed: 0 }) {
  return {
    id: row.id,
    kind: row.kind,
    url: shownUrl(row),
    description: row.description,
    events: row.events,
    active: row.active,
    pausedReason: row.pausedReason,
    personalData: row.personalData,
    personalDataReason: row.personalDataReason,
    previousSecretUntil: row.previousSecretUntil?.toISOString() ?? null,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    ...counts,
  };
}
export type WebhookEndpointDto = ReturnType<typeof endpointDto>;

/** https only (unless WEBHOOKS_ALLOW_HTTP), and no address literal the sender would refuse anyway. */
function checkUrl(raw: string): void {
  const url = new URL(raw);
  const config = env();
  if (url.protocol !== "https:" && !config.WEBHOOKS_ALLOW_HTTP)
    throw new AppError("invalid", msg("common.invalidFields"), { errors: { url: msg("webhooks.httpsOnly") } });
  if (url.username || url.password)
    throw new AppError("invalid", msg("common.invalidFields"), {
      errors: { url: msg("webhooks.noCredentials") },
    });
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = /^[\d.]+$/.test(host) || host.includes(":");
  if (literal && isPrivateAddress(host) && !config.WEBHOOKS_ALLOW_PRIVATE)
    throw new AppError("invalid", msg("common.invalidFields"), {
      errors: { url: msg("webhooks.privateAddress") },
    });
}

const hostOf = (row: Row) => new URL(endpointUrl(row)).host;

async function countsOf(ids: number[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await read()
    .select({ endpointId: webhookDeliveries.endpointId, status: webhookDeliveries.status, n: count() })
    .from(webhookDeliveries)
    .where(
      and(
        inArray(webhookDeliveries.endpointId, ids),
        inArray(webhookDeliveries.status, ["pending", "sending", "failed"]),
      ),
    )
    .groupBy(webhookDeliveries.endpointId, webhookDeliveries.status)
    .all();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.endpointId}:${r.status === "failed" ? "failed" : "pending"}`;
    counts.set(key, (counts.get(key) ?? 0) + r.n);
  }
  return counts;
}

export async function listEndpoints(actor: Actor | null): Promise<WebhookEndpointDto[]> {
  requirePermission(actor, "webhooks.manage");
  const rows = await read().select().from(webhookEndpoints).orderBy(webhookEndpoints.id).all();
  const counts = await countsOf(rows.map((r) => r.id));
  return rows.map((r) =>
    endpointDto(r, { pending: counts.get(`${r.id}:pending`) ?? 0, failed: counts.get(`${r.id}:failed`) ?? 0 }),
  );
}

/** Adds an endpoint; a signed one's secret is answered this once and stored only sealed. */
export async function createEndpoint(actor: Actor | null, input: z.output<typeof webhookEndpointCreate>) {
  const admin = requirePermission(actor, "webhooks.manage");
  checkUrl(input.url);
  const secret = input.kind === "webhook" ? newSigningSecret() : null;
  const now = new Date();
  const row = await write(async (tx) => {
    const created = await tx
      .insert(webhookEndpoints)
      .values({
        kind: input.kind,
        url: sealEndpointUrl(input.url),
        description: input.description,
        events: input.events.includes("all") ? ["all"] : input.events,
        active: input.active,
        personalData: input.personalData,
        personalDataReason: input.personalData ? (input.personalDataReason ?? null) : null,
        secret: secret?.sealed ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    await recordEvent(tx, byUser(admin), audit(created, "created"), now);
    return created;
  });
  return { endpoint: endpointDto(row), secret: secret?.plain ?? null };
}

const audit = (row: Row, change: "created" | "updated" | "deleted" | "secret_rotated") => ({
  kind: "webhook.changed" as const,
  data: {
    endpointId: row.id,
    host: hostOf(row),
    change,
    personalData: row.personalData,
    personalDataReason: row.personalDataReason,
  },
});

async function existing(tx: Parameters<Parameters<typeof write>[0]>[0], id: number): Promise<Row> {
  const row = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).get();
  if (!row) throw new AppError("not_found", msg("webhooks.noEndpoint"));
  return row;
}

/** Changes an endpoint; resuming a paused one clears why the runner paused it. */
export async function updateEndpoint(actor: Actor | null, id: number, changes: z.output<typeof webhookEndpointUpdate>) {
  const admin = requirePermission(actor, "webhooks.manage");
  if (changes.url) checkUrl(changes.url);
  const now = new Date();
  const row = await write(async (tx) => {
    const before = await existing(tx, id);
    const personalData = changes.personalData ?? before.personalData;
    if (personalData && !before.personalData && !changes.personalDataReason)
      throw new AppError("invalid", msg("common.invalidFields"), {
        errors: { personalDataReason: msg("webhooks.personalDataReason") },
      });
    const updated = await tx
      .update(webhookEndpoints)
      .set({
        ...(changes.url ? { url: sealEndpointUrl(changes.url) } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.events ? { events: changes.events.includes("all") ? ["all"] : changes.events } : {}),
        ...(changes.active !== undefined ? { active: changes.active } : {}),
        ...(changes.active ? { pausedReason: null, failingSince: null } : {}),
        personalData,
        personalDataReason: personalData ? (changes.personalDataReason ?? before.personalDataReason) : null,
        updatedAt: now,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning()
      .get();
    await recordEvent(tx, byUser(admin), audit(updated, "updated"), now);
    return updated;
  });
  return endpointDto(row);
}

/** A new secret, answered once; the old one keeps signing beside it for ROTATION_OVERLAP_MS. */
export async function rotateEndpointSecret(actor: Actor | null, id: number, now = new Date()) {
  const admin = requirePermission(actor, "webhooks.manage");
  const secret = newSigningSecret();
  const row = await write(async (tx) => {
    const before = await existing(tx, id);
    if (before.kind !== "webhook") throw new AppError("conflict", msg("webhooks.chatNoSecret"));
    const updated = await tx
      .update(webhookEndpoints)
      .set({
        secret: secret.sealed,
        previousSecret: before.secret,
        previousSecretUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS),
        updatedAt: now,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning()
      .get();
    await recordEvent(tx, byUser(admin), audit(updated, "secret_rotated"), now);
    return updated;
  });
  return { endpoint: endpointDto(row), secret: secret.plain };
}

export async function deleteEndpoint(actor: Actor | null, id: number): Promise<void> {
  const admin = requirePermission(actor, "webhooks.manage");
  await write(async (tx) => {
    const row = await existing(tx, id);
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).run();
    await recordEvent(tx, byUser(admin), audit(row, "deleted"));
  });
}
