import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { applications, candidates, jobs, stages, type Application, type ApplicationStatus, type Localized } from "@/db/schema";
import { buildMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { byUser, recordEvent } from "@/lib/events/record";
import { requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { checksBeforeHire } from "@/lib/stages/process";
import { checkTransition, isOutcome } from "@/lib/stages/transitions";
import type { BulkMove, StageMove } from "@/lib/validations/move";


export type MoveResult = { id: number; stage: string; status: string; version: number };

function currentState(tx: Tx, id: number) {
  return tx
    .select({ a: applications, stageKey: stages.key })
    .from(applications)
    .innerJoin(stages, eq(stages.id, applications.stageId))
    .where(eq(applications.id, id))
    .get();
}

/** One move inside the caller's transaction: version, rule, update, and the audit event. */
export function applyMove(tx: Tx, actor: Actor, id: number, input: Omit<StageMove, "version">, version: number, now: Date): MoveResult {
  const row = currentState(tx, id);
  if (!row) throw new AppError("not_found", "Not found.");
  const { a } = row;
  if (a.version !== version) {
    throw new AppError("conflict", "Someone else changed this application first. Here is where it is now.", {
      current: { id: a.id, stage: row.stageKey, status: a.status, version: a.version },
    });
  }
  const jobStages = tx
    .select({ id: stages.id, key: stages.key, kind: stages.kind, position: stages.position, name: stages.name, description: stages.description })
    .from(stages)
    .where(eq(stages.jobId, a.jobId))
    .orderBy(asc(stages.position))
    .all();
  const check = checkTransition({ status: a.status, stageKey: row.stageKey, stages: jobStages, to: input.to, mayReopen: can(actor, "applications.reopen") });
  if (!check.ok) throw new AppError("unprocessable", check.message);
  const override = input.to === "hired" && checksBeforeHire(jobStages) ? hiredGuard(actor, a, input) : null;

  const outcome = isOutcome(input.to) ? input.to : null;
  const target = outcome ? null : jobStages.find((s) => s.key === input.to)!;
  const status: ApplicationStatus = outcome ?? "active";
  const stageId = target?.id ?? a.stageId;
  const updated = tx
    .update(applications)
    .set({
      status,
      stageId,
      version: sql`${applications.version} + 1`,
      updatedAt: now,
      ...(target ? { stageEnteredAt: now } : {}),
      ...(outcome === "rejected" ? { rejectionReason: input.reason, candidateFeedback: input.feedback } : {}),
      ...(check.reopen ? { rejectionReason: null, candidateFeedback: null } : {}),
    })
    .where(and(eq(applications.id, id), eq(applications.version, version)))
    .returning({ version: applications.version })
    .get();
  if (!updated) throw new AppError("conflict", "Someone else changed this application first.");
  const change = { applicationId: id, fromStageId: a.stageId, toStageId: stageId, fromStatus: a.status, toStatus: status };
  recordEvent(
    tx,
    byUser(actor),
    check.reopen
      ? { kind: "reopened", ...change }
      : outcome === "rejected"
        ? { kind: "rejected", ...change, data: { reason: input.reason } }
        : outcome === "hired"
          ? { kind: "hired", ...change, data: override }
          : outcome === "withdrawn"
            ? { kind: "withdrawn", ...change, data: { onBehalf: true } }
            : { kind: "moved", ...change },
    now,
  );
  tellCandidate(tx, a, { outcome, target, from: jobStages.find((s) => s.id === a.stageId), feedback: input.feedback }, now);
  return { id, stage: target?.key ?? row.stageKey, status, version: updated.version };
}

/**
 * Hired needs the background check completed. An admin may override it with a reason, which the
 * event keeps; anyone else is told what is missing.
 */
function hiredGuard(actor: Actor, a: Application, input: Omit<StageMove, "version">) {
  if (a.backgroundCheck === "completed") return null;
  if (!input.override) {
    throw new AppError("unprocessable", "Complete the background check before marking the candidate hired. An admin can override this, with a reason.");
  }
  if (!can(actor, "hiring.override_check")) throw new AppError("forbidden", "Only an admin can hire before the background check is complete.");
  return { override: true as const, overrideReason: input.overrideReason, backgroundCheck: a.backgroundCheck };
}

type StageRow = { id: number; position: number; name: Localized; description: Localized };

/** The candidate hears of a step forward and of a decision, in their language (via the outbox). */
function tellCandidate(
  tx: Tx,
  a: Application,
  move: { outcome: string | null; target: StageRow | null | undefined; from: StageRow | undefined; feedback?: string },
  now: Date,
): void {
  const forward = !move.outcome && move.target && move.from && move.target.position > move.from.position;
  if (!forward && move.outcome !== "rejected") return;
  const person = tx.select().from(candidates).where(eq(candidates.id, a.candidateId)).get();
  const job = tx.select({ content: jobs.content }).from(jobs).where(eq(jobs.id, a.jobId)).get();
  if (!person || !job || person.erasedAt || !person.email) return;
  const base = { locale: a.locale, to: person.email, name: person.fullName, job: job.content[a.locale].title, applicationId: a.id };
  const mail = forward
    ? buildMail("next_step", { ...base, step: { name: move.target!.name[a.locale], description: move.target!.description[a.locale] } })
    : buildMail("rejected", { ...base, feedback: move.feedback });
  enqueueMail(tx, mail, now);
}

/**
 * Moves one application: recruiter or admin, a transition the process allows, and the version
 * the mover saw (a stale one is refused with 409 and the current state, so two movers cannot
 * both win). The event is written in the same transaction.
 */
export function moveApplication(actor: Actor | null, id: number, input: StageMove): MoveResult {
  const who = requirePermission(actor, "applications.move");
  return db().transaction((tx) => applyMove(tx, who, id, input, input.version, new Date()), { behavior: "immediate" });
}

/** Several moves with one target, all or nothing: the first refusal rolls every one back. */
export function moveApplications(actor: Actor | null, input: BulkMove): MoveResult[] {
  const who = requirePermission(actor, "applications.move");
  const now = new Date();
  return db().transaction((tx) => input.items.map((item) => applyMove(tx, who, item.id, input, item.version, now)), { behavior: "immediate" });
}
