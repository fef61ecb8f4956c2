import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { read, write, type Tx } from "@/db";
import { applications, referees, type BackgroundCheckStatus } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { byUser, recordEvent } from "@/lib/events/record";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { BackgroundCheckInput, RefereeInput, RefereeStatusInput } from "@/lib/validations/interviews";

export type RefereeDto = {
  id: number;
  name: string;
  relation: string;
  contact: string;
  status: "requested" | "received" | "concerns";
  updatedAt: string;
};
export type ReferencesView = { referees: RefereeDto[]; backgroundCheck: BackgroundCheckStatus };

export async function referencesView(actor: Actor | null, applicationId: number): Promise<ReferencesView> {
  const { application } = await visibleApplication(actor, "references.manage", applicationId);
  const rows = await read()
    .select()
    .from(referees)
    .where(eq(referees.applicationId, applicationId))
    .orderBy(asc(referees.id))
    .all();
  return {
    referees: rows.map((r) => ({
      id: r.id,
      name: r.name,
      relation: r.relation,
      contact: r.contact,
      status: r.status,
      updatedAt: r.updatedAt.toISOString(),
    })),
    backgroundCheck: application.backgroundCheck,
  };
}

export async function addReferee(actor: Actor | null, applicationId: number, input: RefereeInput): Promise<RefereeDto> {
  const now = new Date();
  const row = await write(async (tx) => {
    const who = await activeApplication(actor, applicationId, tx);
    const r = await tx
      .insert(referees)
      .values({ applicationId, ...input, createdAt: now, updatedAt: now })
      .returning()
      .get();
    await recordEvent(tx, byUser(who), { kind: "referee_added", applicationId, data: { referee: r.name } }, now);
    return r;
  });
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    contact: row.contact,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Inside the write's transaction: may the actor manage references here, and is the application still active? */
async function activeApplication(actor: Actor | null, applicationId: number, tx: Tx): Promise<Actor> {
  const { actor: who, application } = await visibleApplication(actor, "references.manage", applicationId, tx);
  if (application.status !== "active")
    throw new AppError("unprocessable", msg("references.notActive", { status: application.status }));
  return who;
}

export async function setRefereeStatus(
  actor: Actor | null,
  refereeId: number,
  { status }: RefereeStatusInput,
): Promise<{ applicationId: number }> {
  const now = new Date();
  return write(async (tx) => {
    const referee = await tx.select().from(referees).where(eq(referees.id, refereeId)).get();
    if (!referee) throw new AppError("not_found", msg("common.notFound"));
    const { actor: who } = await visibleApplication(actor, "references.manage", referee.applicationId, tx);
    await tx
      .update(referees)
      .set({ status, updatedAt: now })
      .where(and(eq(referees.id, refereeId)))
      .run();
    await recordEvent(
      tx,
      byUser(who),
      { kind: "referee_status", applicationId: referee.applicationId, data: { referee: referee.name, status } },
      now,
    );
    return { applicationId: referee.applicationId };
  });
}

/** The background check's status; "completed" is what opens the door to Hired. */
export async function setBackgroundCheck(
  actor: Actor | null,
  applicationId: number,
  { status }: BackgroundCheckInput,
): Promise<{ version: number }> {
  const now = new Date();
  return write(async (tx) => {
    const who = await activeApplication(actor, applicationId, tx);
    const updated = (await tx
      .update(applications)
      .set({ backgroundCheck: status, version: sql`${applications.version} + 1`, updatedAt: now })
      .where(eq(applications.id, applicationId))
      .returning({ version: applications.version })
      .get())!;
    await recordEvent(tx, byUser(who), { kind: "background_check", applicationId, data: { status } }, now);
    return updated;
  });
}
