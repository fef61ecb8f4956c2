import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import { applicationEvents, auditLog } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { applicationEvent, type ApplicationEvent } from "./application-events";
import { organisationEvent, type OrganisationEvent } from "./organisation-events";
import { enqueueWebhooks } from "@/lib/webhooks/enqueue";

/**
 * Who did it: a staff user, the candidate on their own status page, or the system with the job
 * that acted (the periodic runs, a command line, the first start).
 */
export type EventActor =
  | { type: "user"; user: Pick<Actor, "id" | "name" | "email"> }
  | { type: "candidate" }
  | {
      type: "system";
      job:
        | "retention"
        | "consent-renewal"
        | "knockouts"
        | "scheduling"
        | "outbox"
        | "sign-in"
        | "first-start"
        | `cli:${string}`;
    };

export const byUser = (user: Pick<Actor, "id" | "name" | "email">): EventActor => ({ type: "user", user });
type SystemActor = Extract<EventActor, { type: "system" }>;
export const byCandidate: Extract<EventActor, { type: "candidate" }> = { type: "candidate" };
export const bySystem = (job: SystemActor["job"]): SystemActor => ({ type: "system", job });

/** How an actor is kept in a row's data, so the organisation log can say who without a join. */
function actorData(actor: EventActor) {
  if (actor.type === "user") return { type: "user", id: actor.user.id, name: actor.user.name, email: actor.user.email };
  return actor.type === "system" ? { type: "system", job: actor.job } : { type: "candidate" };
}

const p = (name: string) => sql.placeholder(name);

/** The application log's insert, built once per connection (db/prepared.ts): every application received writes one. */
const insertApplicationEvent = perConnection((tx: Tx) =>
  tx
    .insert(applicationEvents)
    .values({
      applicationId: p("applicationId"),
      actorType: p("actorType"),
      actorUserId: p("actorUserId"),
      actorJob: p("actorJob"),
      kind: p("kind"),
      fromStageId: p("fromStageId"),
      toStageId: p("toStageId"),
      fromStatus: p("fromStatus"),
      toStatus: p("toStatus"),
      data: sql`${p("data")}`,
      createdAt: p("createdAt"),
    })
    .prepare(),
);

/**
 * The one writer of both logs, inside the caller's transaction. The event is checked against
 * its union first, so a malformed event is a bug that fails the write, not a row readers trip on.
 * Webhook endpoints that take the event get their delivery in the same transaction.
 */
export async function recordEvent(
  tx: Tx,
  actor: EventActor,
  event: ApplicationEvent | OrganisationEvent,
  now = new Date(),
): Promise<void> {
  if ("applicationId" in event) {
    const e = applicationEvent.parse(event);
    await insertApplicationEvent(tx).run({
      applicationId: e.applicationId,
      actorType: actor.type,
      actorUserId: actor.type === "user" ? actor.user.id : null,
      actorJob: actor.type === "system" ? actor.job : null,
      kind: e.kind,
      fromStageId: e.fromStageId ?? null,
      toStageId: e.toStageId ?? null,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      // As drizzle encodes the JSON column, with a null left NULL.
      data: e.data == null ? null : JSON.stringify(e.data),
      createdAt: now,
    });
    await enqueueWebhooks(tx, event, now);
    return;
  }
  const e = organisationEvent.parse(event);
  await tx
    .insert(auditLog)
    .values({ action: e.kind, data: { actor: actorData(actor), ...e.data }, createdAt: now })
    .run();
  await enqueueWebhooks(tx, e, now);
}
