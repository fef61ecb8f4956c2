import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { applicationEvents, applications, referees, type BackgroundCheckStatus } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { backgroundCheckInput, refereeInput, refereeStatusInput } from "@/lib/validations/interviews";
import { parseOrThrow } from "@/lib/validations/parse";

export type RefereeDto = { id: number; name: string; relation: string; contact: string; status: "requested" | "received" | "concerns"; updatedAt: string };
export type ReferencesView = { referees: RefereeDto[]; backgroundCheck: BackgroundCheckStatus };

export function referencesView(actor: Actor | null, applicationId: number): ReferencesView {
  const { application } = visibleApplication(actor, "references.manage", applicationId);
  const rows = db().select().from(referees).where(eq(referees.applicationId, applicationId)).orderBy(asc(referees.id)).all();
  return {
    referees: rows.map((r) => ({ id: r.id, name: r.name, relation: r.relation, contact: r.contact, status: r.status, updatedAt: r.updatedAt.toISOString() })),
    backgroundCheck: application.backgroundCheck,
  };
}

function event(tx: Tx, applicationId: number, actor: Actor, kind: string, data: Record<string, unknown>, now: Date) {
  return tx.insert(applicationEvents).values({ applicationId, actorType: "user", actorUserId: actor.id, kind, data, createdAt: now });
}

export function addReferee(actor: Actor | null, applicationId: number, raw: unknown): RefereeDto {
  const input = parseOrThrow(refereeInput, raw);
  const { actor: who, application } = visibleApplication(actor, "references.manage", applicationId);
  if (application.status !== "active") throw new AppError("unprocessable", `This application is ${application.status}.`);
  const now = new Date();
  const row = db().transaction((tx) => {
    const r = tx.insert(referees).values({ applicationId, ...input, createdAt: now, updatedAt: now }).returning().get();
    tx.insert(applicationEvents).values({ applicationId, actorType: "user", actorUserId: who.id, kind: "referee_added", data: { referee: r.name }, createdAt: now }).run();
    return r;
  });
  return { id: row.id, name: row.name, relation: row.relation, contact: row.contact, status: row.status, updatedAt: row.updatedAt.toISOString() };
}

export function setRefereeStatus(actor: Actor | null, refereeId: number, raw: unknown): { applicationId: number } {
  const { status } = parseOrThrow(refereeStatusInput, raw);
  const referee = db().select().from(referees).where(eq(referees.id, refereeId)).get();
  if (!referee) throw new AppError("not_found", "Not found.");
  const { actor: who } = visibleApplication(actor, "references.manage", referee.applicationId);
  const now = new Date();
  db().transaction((tx) => {
    tx.update(referees).set({ status, updatedAt: now }).where(and(eq(referees.id, refereeId))).run();
    event(tx, referee.applicationId, who, "referee_status", { referee: referee.name, status }, now).run();
  });
  return { applicationId: referee.applicationId };
}

/** The background check's status; "completed" is what opens the door to Hired. */
export function setBackgroundCheck(actor: Actor | null, applicationId: number, raw: unknown): { version: number } {
  const { status } = parseOrThrow(backgroundCheckInput, raw);
  const { actor: who, application } = visibleApplication(actor, "references.manage", applicationId);
  if (application.status !== "active") throw new AppError("unprocessable", `This application is ${application.status}.`);
  const now = new Date();
  return db().transaction((tx) => {
    const updated = tx
      .update(applications)
      .set({ backgroundCheck: status, version: sql`${applications.version} + 1`, updatedAt: now })
      .where(eq(applications.id, applicationId))
      .returning({ version: applications.version })
      .get()!;
    event(tx, applicationId, who, "background_check", { status }, now).run();
    return updated;
  });
}
