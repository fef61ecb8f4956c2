import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { write } from "@/db";
import { applicationEvents, applications, outbox, stages } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { ApplicationEventKind } from "@/lib/events/application-events";
import type { UndoMove } from "@/lib/validations/move";
import { UNDO_SECONDS } from "@/lib/stages/transitions";
import { staleVersion, transitionApplication, type TransitionResult } from "./transition";

/**
 * The events a change of stage or status writes; the last of them is what an undo takes back (a
 * knockout's rejection is the system's, so it is found here and refused as not the user's own).
 */
const CHANGES = [
  "moved",
  "rejected",
  "knockout_rejected",
  "withdrawn",
  "hired",
  "reopened",
] satisfies ApplicationEventKind[];
/** The candidate messages a change queues (transition.ts), held back for UNDO_SECONDS. */
const HELD = ["next_step", "rejected"];
/** The request's trip: an Undo pressed at the last moment still arrives. */
const GRACE_MS = 5_000;

/**
 * Takes back the user's own last change of these applications, all or nothing, within
 * UNDO_SECONDS: back to the stage (and status) it came from, through the one transition with the
 * version the page holds (a stale one gets the 409), recorded as an event of its own. The
 * candidate's message the change queued is dropped; once it has gone, the change stays.
 */
export async function undoMoves(actor: Actor | null, input: UndoMove, now = new Date()): Promise<TransitionResult[]> {
  const who = requirePermission(actor, "applications.move");
  return write(async (tx) => {
    const done: TransitionResult[] = [];
    for (const item of input.items) done.push(await undoOne(tx, who, item, now));
    return done;
  });
}

async function undoOne(tx: Tx, who: Actor, item: { id: number; version: number }, now: Date) {
  const a = await tx.select().from(applications).where(eq(applications.id, item.id)).get();
  if (!a) throw new AppError("not_found", msg("common.notFound"));
  const here = await tx.select({ key: stages.key }).from(stages).where(eq(stages.id, a.stageId)).get();
  if (a.version !== item.version) throw staleVersion(a, here!.key);
  const last = await tx
    .select()
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, a.id), inArray(applicationEvents.kind, CHANGES)))
    .orderBy(desc(applicationEvents.id))
    .limit(1)
    .get();
  const undoable = last && last.kind !== "reopened" && !(last.kind === "moved" && last.data);
  if (!last || !undoable || last.actorUserId !== who.id) throw new AppError("unprocessable", msg("undo.nothing"));
  // A hire stays in the report facts (hired_at, kept by triggers); taking it back is an admin's reopening.
  if (last.kind === "hired") throw new AppError("unprocessable", msg("undo.hire"));
  if (now.getTime() - last.createdAt.getTime() > UNDO_SECONDS * 1000 + GRACE_MS)
    throw new AppError("unprocessable", msg("undo.tooLate", { seconds: UNDO_SECONDS }));

  // The candidate's message about the change, still held back, goes with it; if it is on its way, the change stays.
  const held = await tx
    .select({ id: outbox.id, kind: outbox.kind, status: outbox.status, claimedBy: outbox.claimedBy })
    .from(outbox)
    .where(and(eq(outbox.applicationId, a.id), eq(outbox.createdAt, last.createdAt), inArray(outbox.kind, HELD)))
    .all();
  if (held.some((m) => m.status !== "pending" || m.claimedBy)) throw new AppError("conflict", msg("undo.emailSent"));
  if (held.length)
    await tx
      .delete(outbox)
      .where(
        inArray(
          outbox.id,
          held.map((m) => m.id),
        ),
      )
      .run();

  const back = await tx.select({ key: stages.key }).from(stages).where(eq(stages.id, last.fromStageId!)).get();
  return transitionApplication(
    tx,
    { type: "user", user: who },
    { id: a.id },
    back!.key,
    { version: item.version, undoes: { eventId: last.id, droppedMail: held.map((m) => m.kind) } },
    now,
  );
}
