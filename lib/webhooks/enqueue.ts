import { randomBytes } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import {
  applications,
  interviewers,
  interviews,
  jobs,
  scorecards,
  stages,
  webhookDeliveries,
  webhookEndpoints,
} from "@/db/schema";
import type { ApplicationEvent } from "@/lib/events/application-events";
import type { OrganisationEvent } from "@/lib/events/organisation-events";
import { env, publicUrlOf } from "@/lib/env";
import { safeDetails, subscribes, webhookTypeOf } from "./event-types";

export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

/** A Standard Webhooks message id: the same on every attempt and resend of one delivery. */
export const newMessageId = () => `msg_${randomBytes(16).toString("base64url")}`;

const activeEndpoints = perConnection((tx: Tx) =>
  tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.active, true))
    .prepare(),
);

/**
 * The active endpoints for an application's event, each row also carrying what its payload needs
 * (the application's job, stage and status, and the keys of the event's stages): one round trip
 * where the endpoints, the application and the stage keys took three, in every move's
 * transaction. The application is joined loosely, so the endpoints come back when it is gone.
 */
const endpointsForApplication = perConnection((tx: Tx) => {
  const fromStage = alias(stages, "from_stage");
  const toStage = alias(stages, "to_stage");
  return tx
    .select({
      id: webhookEndpoints.id,
      events: webhookEndpoints.events,
      jobId: applications.jobId,
      slug: jobs.slug,
      status: applications.status,
      stage: stages.key,
      fromStage: fromStage.key,
      toStage: toStage.key,
    })
    .from(webhookEndpoints)
    .leftJoin(applications, eq(applications.id, sql.placeholder("applicationId")))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(stages, eq(stages.id, applications.stageId))
    .leftJoin(fromStage, eq(fromStage.id, sql.placeholder("fromStageId")))
    .leftJoin(toStage, eq(toStage.id, sql.placeholder("toStageId")))
    .where(eq(webhookEndpoints.active, true))
    .prepare();
});
type ApplicationRow = Awaited<ReturnType<ReturnType<typeof endpointsForApplication>["all"]>>[number];

const staffApi = () => `${publicUrlOf(env())}/api/staff`;

/** What a receiver learns of an application's event: ids, stage keys, statuses and staff API links. */
async function applicationData(tx: Tx, event: ApplicationEvent, app: ApplicationRow): Promise<Record<string, unknown>> {
  const base = { applicationId: event.applicationId, jobId: app.jobId ?? null };
  // An erase tells only which application it was: nothing else about the person goes out.
  if (event.kind === "erased" || event.kind === "anonymised") return base;
  const change = {
    ...(event.fromStageId != null || event.toStageId != null
      ? { fromStage: app.fromStage ?? null, toStage: app.toStage ?? null }
      : {}),
    ...(event.fromStatus || event.toStatus
      ? { fromStatus: event.fromStatus ?? null, toStatus: event.toStatus ?? null }
      : {}),
  };
  return {
    ...base,
    jobSlug: app.slug ?? null,
    stage: app.stage ?? null,
    status: app.status ?? null,
    ...change,
    ...safeDetails(event),
    ...(event.kind === "scorecard_submitted"
      ? { scorecards: await scorecardTally(tx, event.applicationId, event.data.interviewId) }
      : {}),
    links: { application: `${staffApi()}/applications/${event.applicationId}` },
  };
}

/**
 * How many of the interviewers of the interview's stage have submitted their scorecard, counted in
 * the submitting transaction ("2 of 3 in"), so a receiver or a chat channel sees the tally as it
 * stood at that moment, not at delivery.
 */
async function scorecardTally(tx: Tx, applicationId: number, interviewId: number) {
  const interview = await tx
    .select({ stageId: interviews.stageId })
    .from(interviews)
    .where(eq(interviews.id, interviewId))
    .get();
  if (!interview) return null;
  const ofStage = and(
    eq(interviews.applicationId, applicationId),
    eq(interviews.stageId, interview.stageId),
    isNull(interviews.cancelledAt),
  );
  const expected = await tx
    .select({ n: count() })
    .from(interviewers)
    .innerJoin(interviews, eq(interviews.id, interviewers.interviewId))
    .where(ofStage)
    .get();
  const submitted = await tx
    .select({ n: count() })
    .from(scorecards)
    .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
    .where(and(ofStage, eq(scorecards.status, "submitted")))
    .get();
  return { submitted: submitted?.n ?? 0, expected: expected?.n ?? 0 };
}

function jobData(event: Extract<OrganisationEvent, { kind: "job.created" | "job.updated" | "job.status" }>) {
  const d = event.data;
  return {
    jobId: d.jobId,
    jobSlug: d.slug,
    ...("changed" in d ? { changed: d.changed } : {}),
    ...("from" in d ? { fromStatus: d.from, toStatus: d.to } : {}),
    links: { job: `${staffApi()}/jobs/${d.slug}` },
  };
}

/**
 * One delivery per active endpoint that takes this event, in the event's own transaction
 * (recordEvent calls it), so an event and its deliveries are stored together or not at all.
 */
export async function enqueueWebhooks(tx: Tx, event: ApplicationEvent | OrganisationEvent, now: Date): Promise<void> {
  const type = webhookTypeOf(event);
  if (!type) return;
  const endpoints =
    "applicationId" in event
      ? await endpointsForApplication(tx).all({
          applicationId: event.applicationId,
          fromStageId: event.fromStageId ?? null,
          toStageId: event.toStageId ?? null,
        })
      : await activeEndpoints(tx).all();
  const targets = endpoints.filter((e) => subscribes(e.events, type));
  if (targets.length === 0) return;
  const data =
    "applicationId" in event
      ? await applicationData(tx, event, targets[0] as ApplicationRow)
      : jobData(event as Parameters<typeof jobData>[0]);
  const payload: WebhookPayload = { type, timestamp: now.toISOString(), data };
  const applicationId = "applicationId" in event ? event.applicationId : null;
  await tx
    .insert(webhookDeliveries)
    .values(
      targets.map((e) => ({
        endpointId: e.id,
        messageId: newMessageId(),
        type,
        applicationId,
        payload,
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .run();
}
