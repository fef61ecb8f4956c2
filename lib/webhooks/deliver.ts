import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db";
import {
  applications,
  candidates,
  jobs,
  stages,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "@/db/schema";
import { env, publicUrlOf } from "@/lib/env";
import { jobTitles } from "@/lib/jobs/titles";
import { OutboundRefused, postGuarded, type Resolver } from "@/lib/security/outbound";
import { chatBody, chatText, type ChatContext } from "./chat";
import { claimDue, heldElsewhere, LEASE_MS, lineOf, type Delivery } from "./claim";
import { endpointUrl } from "./endpoint-url";
import { noteEndpointHealth } from "./health";
import { openSigningSecret, signedHeaders } from "./signing";

export const TIMEOUT_MS = 10_000;
/**
 * Seconds to wait after failed attempt n (before attempt n+1): 5 s, 30 s, 2 min, 5 min, 15 min,
 * 30 min, 1 h, 2 h, 3 h, 5 h, 8 h, each stretched or shortened by up to a fifth at random. The
 * twelfth attempt comes about 20 hours after the first (under 24 with any jitter); after it the
 * delivery is failed.
 */
export const RETRY_SCHEDULE_S = [5, 30, 120, 300, 900, 1800, 3600, 7200, 10_800, 18_000, 28_800];
export const MAX_ATTEMPTS = RETRY_SCHEDULE_S.length + 1;
export { LEASE_MS };

export type DeliverOptions = {
  /** The runner's clock for what is due (tests move it); signatures carry the real time. */
  now?: Date;
  limit?: number;
  concurrency?: number;
  schedule?: readonly number[];
  random?: () => number;
  resolve?: Resolver;
  allowPrivate?: boolean;
  timeoutMs?: number;
};

export function retryDelayMs(attempts: number, schedule: readonly number[] = RETRY_SCHEDULE_S, random = Math.random) {
  const base = schedule[Math.min(attempts - 1, schedule.length - 1)] ?? 0;
  return Math.round(base * 1000 * (0.8 + 0.4 * random()));
}

type Endpoint = typeof webhookEndpoints.$inferSelect;

/** Job title, stage name and (for endpoints allowed personal data) the candidate, per application. */
async function contextsOf(database: Database, ids: number[]) {
  if (ids.length === 0) return new Map<number, ChatContext & { email: string | null; erased: boolean }>();
  const rows = await database
    .read()
    .select({
      id: applications.id,
      // The title alone: the whole posting (about 10 KB) came along for each application of a batch.
      jobTitle: jobTitles(database.dialect).en,
      stageName: stages.staffName,
      name: candidates.fullName,
      email: candidates.email,
      erasedAt: candidates.erasedAt,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(inArray(applications.id, ids))
    .all();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        jobTitle: r.jobTitle ?? null,
        stageName: r.stageName,
        candidateName: r.name,
        email: r.email,
        erased: r.erasedAt != null,
      },
    ]),
  );
}

type Outcome = { ok: boolean; status: number | null; latencyMs: number; response: string; error: string | null };
/** A send's outcome, waiting to be stored. */
export type Recorded = { delivery: Pick<Delivery, "id" | "attempts">; outcome: Outcome; at: Date };

/**
 * Stores a batch of outcomes in one transaction of two statements, whatever its size: each
 * delivery's new state in one `update ... from (values ...)`, limited to the deliveries `worker`
 * still holds (a run whose lease ran out has lost them to another), and one attempt row for each
 * delivery so updated, in one multi-row insert. One statement and one commit per outcome made the
 * runner's commits, not its requests, the limit on PostgreSQL.
 *
 * Not durable (on PostgreSQL the commit does not wait for the disk): a crash that loses the last
 * fraction of a second of outcomes leaves those deliveries claimed until the lease runs out, and
 * they are then sent again under the same webhook-id, which at-least-once delivery allows.
 * Written at READ COMMITTED outside the writer slots (an atomic write): the update locks the rows
 * it changes and the insert adds rows of their own, so there is no read-then-write to guard.
 */
export async function recordOutcomes(
  database: Database,
  worker: string,
  batch: readonly Recorded[],
  options: Pick<DeliverOptions, "schedule" | "random"> = {},
): Promise<number[]> {
  if (batch.length === 0) return [];
  const rows = batch.map(({ delivery, outcome, at }) => {
    const attempts = delivery.attempts + 1;
    const finalFailure = !outcome.ok && attempts >= MAX_ATTEMPTS;
    const next =
      outcome.ok || finalFailure
        ? at
        : new Date(at.getTime() + retryDelayMs(attempts, options.schedule, options.random));
    const status = outcome.ok ? "delivered" : finalFailure ? "failed" : "pending";
    // Cast, so PostgreSQL types the columns of the values list as the table's (untyped parameters are text).
    return sql`(cast(${delivery.id} as bigint), ${status}, cast(${attempts} as bigint), cast(${next.getTime()} as bigint), ${outcome.error}, cast(${outcome.ok ? at.getTime() : null} as bigint))`;
  });
  const d = webhookDeliveries;
  return database.writeAtomic(
    async (tx) => {
      // Values lists name their columns column1, column2, ... on both backends.
      const updated = (await tx.all(
        sql`update ${d} set "status" = v.column2, "attempts" = v.column3, "next_attempt_at" = v.column4, "last_error" = v.column5, "delivered_at" = v.column6, "claimed_by" = null, "claimed_until" = null from (values ${sql.join(rows, sql`, `)}) as v where ${d.id} = v.column1 and ${d.claimedBy} = ${worker} returning ${d.id} as "id"`,
      )) as { id: number }[];
      const ids = new Set(updated.map((u) => Number(u.id)));
      const attempts = batch
        .filter(({ delivery }) => ids.has(delivery.id))
        .map(({ delivery, outcome, at }) => ({
          deliveryId: delivery.id,
          at,
          statusCode: outcome.status,
          latencyMs: outcome.latencyMs,
          response: outcome.response,
          error: outcome.error,
        }));
      if (attempts.length) await tx.insert(webhookAttempts).values(attempts).run();
      return [...ids].sort((a, b) => a - b);
    },
    { durable: false },
  );
}

export type DeliverResult = { claimed: number; delivered: number; failed: number };
/** How many deliveries one run claims at most. */
export const BATCH = 100;

/**
 * How long a run that sent part of a batch waits before the next: what arrives meanwhile (the
 * next moves of a recruiter's burst) goes out together, in one claim and one write of outcomes,
 * instead of a run per event beside the moves it slows.
 */
export const GATHER_MS = 200;

/**
 * When the runner goes on after a run, instead of waiting for its next tick (null): at once when
 * the run claimed a full batch (more is due), after GATHER_MS when it sent anything (more may have
 * arrived meanwhile). A run that claimed only what it had to leave (lines held by another
 * instance) sent nothing, and rests.
 */
export function nextRunAfter(run: DeliverResult): number | null {
  if (run.claimed >= BATCH) return 0;
  return run.delivered + run.failed > 0 ? GATHER_MS : null;
}

/**
 * Sends what is due: claimed under a lease naming this run, one request at a time per
 * application and endpoint (in order; a failure holds the rest back), several of those at once.
 * A 2xx within the timeout is success; anything else is tried again on the schedule above.
 */
export async function deliverWebhooks(database: Database, options: DeliverOptions = {}): Promise<DeliverResult> {
  const now = options.now ?? new Date();
  const config = env();
  const worker = randomUUID();
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const claimed = await claimDue(database, worker, now, options.limit ?? BATCH);
  if (claimed.length === 0) return { claimed: 0, delivered: 0, failed: 0 };
  const endpointIds = [...new Set(claimed.map((c) => c.endpointId))];
  const endpoints = new Map(
    (await database.read().select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, endpointIds)).all()).map(
      (e) => [e.id, e],
    ),
  );
  const contexts = await contextsOf(database, [
    ...new Set(claimed.map((c) => c.applicationId).filter((id): id is number => id != null)),
  ]);
  const publicUrl = publicUrlOf(config);
  const allowPrivate = options.allowPrivate ?? config.WEBHOOKS_ALLOW_PRIVATE;

  // Each endpoint's URL and secrets, unsealed once per run.
  const unsealed = new Map<number, { url: string; secrets: string[] }>();
  const opened = (endpoint: Endpoint) => {
    let found = unsealed.get(endpoint.id);
    if (!found) {
      const signing = [
        endpoint.secret,
        endpoint.previousSecretUntil && endpoint.previousSecretUntil > now ? endpoint.previousSecret : null,
      ];
      found = {
        url: endpointUrl(endpoint),
        secrets: signing.filter((s): s is string => Boolean(s)).map(openSigningSecret),
      };
      unsealed.set(endpoint.id, found);
    }
    return found;
  };

  const send = async (delivery: Delivery, endpoint: Endpoint): Promise<Outcome> => {
    const context = delivery.applicationId != null ? contexts.get(delivery.applicationId) : undefined;
    const personal =
      endpoint.personalData && context && !context.erased && !/\.(erased|anonymised)$/.test(delivery.type);
    let body: string;
    let headers: Record<string, string> = { "user-agent": "Rekry-Webhooks/1" };
    if (endpoint.kind === "webhook") {
      const data = personal
        ? { ...delivery.payload.data, candidate: { name: context.candidateName, email: context.email } }
        : delivery.payload.data;
      body = JSON.stringify({ ...delivery.payload, data });
      headers = { ...headers, ...signedHeaders(delivery.messageId, body, opened(endpoint).secrets) };
    } else {
      const chat = {
        ...(context ?? { jobTitle: null, stageName: null }),
        candidateName: personal ? context.candidateName : null,
      };
      body = chatBody(endpoint.kind, chatText(delivery.payload, chat, publicUrl));
    }
    const before = performance.now();
    try {
      const answer = await postGuarded(opened(endpoint).url, body, {
        headers,
        timeoutMs,
        allowPrivate,
        resolve: options.resolve,
      });
      const ok = answer.status >= 200 && answer.status < 300;
      return {
        ok,
        status: answer.status,
        latencyMs: answer.latencyMs,
        response: answer.body,
        error: ok ? null : `HTTP ${answer.status}`,
      };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        status: null,
        latencyMs: Math.round(performance.now() - before),
        response: "",
        error: e instanceof OutboundRefused ? `Refused: ${message}` : message.slice(0, 500),
      };
    }
  };

  // Outcomes are written in batches of 25, each in one transaction of two statements.
  let unrecorded: Recorded[] = [];
  const flush = async () => {
    const batch = unrecorded;
    unrecorded = [];
    await recordOutcomes(database, worker, batch, options);
  };
  const record = async (delivery: Delivery, outcome: Outcome) => {
    unrecorded.push({ delivery, outcome, at: new Date(now.getTime() + (Date.now() - started)) });
    if (unrecorded.length >= 25) await flush();
  };

  // Deliveries the run leaves (after a failure earlier in their line, or when the claim runs short):
  // one statement, not durable, as the claim (a release lost in a crash ends with the lease).
  const release = (ids: number[]) =>
    ids.length
      ? database.writeAtomic(
          (tx) =>
            tx
              .update(webhookDeliveries)
              .set({ status: "pending", claimedBy: null, claimedUntil: null })
              .where(and(inArray(webhookDeliveries.id, ids), eq(webhookDeliveries.claimedBy, worker)))
              .run(),
          { durable: false },
        )
      : Promise.resolve();

  const held = await heldElsewhere(database, worker, claimed);
  await release(claimed.filter((c) => held.has(lineOf(c))).map((c) => c.id));
  const lines = new Map<string, Delivery[]>();
  for (const c of claimed) {
    if (held.has(lineOf(c))) continue;
    lines.set(lineOf(c), [...(lines.get(lineOf(c)) ?? []), c]);
  }
  const health = new Map<number, { ok: boolean; failed: boolean }>();
  let delivered = 0;
  let failed = 0;
  const queue = [...lines.values()];
  const runLine = async (line: Delivery[]) => {
    for (let i = 0; i < line.length; i++) {
      const delivery = line[i]!;
      const endpoint = endpoints.get(delivery.endpointId);
      const leaseLeft = LEASE_MS - (Date.now() - started);
      if (!endpoint || leaseLeft < timeoutMs + 5_000) return release(line.slice(i).map((d) => d.id));
      const outcome = await send(delivery, endpoint);
      await record(delivery, outcome);
      const h = health.get(endpoint.id) ?? { ok: false, failed: false };
      health.set(endpoint.id, outcome.ok ? { ...h, ok: true } : { ...h, failed: true });
      if (outcome.ok) delivered += 1;
      else {
        failed += 1;
        return release(line.slice(i + 1).map((d) => d.id));
      }
    }
  };
  const workers = Array.from({ length: Math.min(options.concurrency ?? 16, queue.length) }, async () => {
    for (let line = queue.shift(); line; line = queue.shift()) await runLine(line);
  });
  await Promise.all(workers);
  await flush();
  // A success changes an endpoint's health only when it was failing as the run began: the others
  // cost the run no statement (a failing streak another instance starts meanwhile is cleared by
  // the next run's success).
  await noteEndpointHealth(
    database,
    new Map([...health].filter(([id, run]) => !run.ok || endpoints.get(id)?.failingSince != null)),
    now,
  );
  return { claimed: claimed.length, delivered, failed };
}
