import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import { applications, candidates, jobs, stages, type Application, type ApplicationStatus } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { Locale } from "@/lib/i18n/locales";
import { jobTitles } from "@/lib/jobs/titles";
import type { ApplicationEvent } from "@/lib/events/application-events";
import { recordEvent, type EventActor } from "@/lib/events/record";
import { buildMail } from "@/lib/mail/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import type { Template, TemplateKind } from "@/lib/mail/template";
import { templateFor } from "@/lib/mail/templates";
import { checksBeforeHire } from "@/lib/stages/process";
import { checkTransition, isOutcome, UNDO_SECONDS, type RejectionReason } from "@/lib/stages/transitions";

/** Who changes an application: staff (with their role, for the rules), the candidate, or the system. */
export type Mover = { type: "user"; user: Actor } | Exclude<EventActor, { type: "user" }>;

export type TransitionDetails = {
  /** The version the actor saw: a stale one is refused with 409 and the current state. */
  version?: number;
  reason?: RejectionReason;
  /** The constructive feedback a rejection sends the candidate. */
  feedback?: string;
  override?: boolean;
  overrideReason?: string;
  /** The knockout question whose answer rejects (the system's rejection). */
  knockout?: string;
  /**
   * Erase and retention: the event says which; an active application is withdrawn, a closed one
   * keeps its status. `confirm` mails the candidate the erase confirmation first.
   */
  privacy?: { kind: "erased" | "anonymised"; confirm?: boolean };
  /**
   * The event this change takes back (lib/applications/undo.ts): it may reopen a closed
   * application the same user closed moments ago, tells the candidate nothing, and says so in
   * its own event.
   */
  undoes?: { eventId: number; droppedMail: string[] };
};

export type TransitionResult = { id: number; stage: string; status: ApplicationStatus; version: number };

type JobStage = Pick<typeof stages.$inferSelect, "id" | "key" | "kind" | "position" | "name" | "description">;
/** Whom the candidate's message goes to, and the job it is about. */
type Party = {
  person: Pick<typeof candidates.$inferSelect, "email" | "fullName" | "erasedAt">;
  /** The posting's title in each language. */
  titles: Record<Locale, string>;
};

/**
 * The application with its job's stages in order, its candidate and its job's titles, in one
 * statement (a row per stage): on PostgreSQL every statement of a move is a round trip inside its
 * transaction, and these were four. Built once per connection (db/prepared.ts): every move, bulk
 * move, decision and withdrawal starts here.
 */
const processOf = perConnection((tx: Tx) =>
  tx
    .select({
      a: applications,
      person: { email: candidates.email, fullName: candidates.fullName, erasedAt: candidates.erasedAt },
      titles: jobTitles(),
      stage: {
        id: stages.id,
        key: stages.key,
        kind: stages.kind,
        position: stages.position,
        name: stages.name,
        description: stages.description,
      },
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(stages, eq(stages.jobId, applications.jobId))
    .where(eq(applications.id, sql.placeholder("id")))
    .orderBy(asc(stages.position))
    .prepare(),
);

async function withProcess(tx: Tx, id: number): Promise<{ a: Application; list: JobStage[]; party: Party }> {
  const rows = await processOf(tx).all({ id });
  const first = rows[0];
  if (!first) throw new AppError("not_found", msg("common.notFound"));
  return { a: first.a, list: rows.map((r) => r.stage), party: { person: first.person, titles: first.titles } };
}

/**
 * The one place an application changes stage or status, inside the caller's transaction: the
 * process rule, the optimistic version, the update, the event and the candidate's message.
 * Moves, bulk moves, the decision, knockouts, withdrawal, erase and retention all come here.
 */
export async function transitionApplication(
  tx: Tx,
  actor: Mover,
  application: Pick<Application, "id">,
  to: string,
  details: TransitionDetails = {},
  now = new Date(),
): Promise<TransitionResult> {
  const { a, list, party } = await withProcess(tx, application.id);
  const from = list.find((s) => s.id === a.stageId)!;
  if (details.version !== undefined && a.version !== details.version) throw staleVersion(a, from.key);
  if (details.privacy) return privacyChange(tx, actor, a, party, from, details.privacy, now);

  const check = checkTransition({
    status: a.status,
    stageKey: from.key,
    stages: list,
    to,
    mayReopen: actor.type === "user" && (can(actor.user, "applications.reopen") || details.undoes !== undefined),
  });
  if (!check.ok) throw new AppError(actor.type === "candidate" ? "conflict" : "unprocessable", check.message);
  const outcome = isOutcome(to) ? to : null;
  const override = outcome === "hired" && checksBeforeHire(list) ? hiredGuard(actor, a, details) : null;
  const target = outcome ? from : list.find((s) => s.key === to)!;
  const status: ApplicationStatus = outcome ?? "active";
  const updated = await tx
    .update(applications)
    .set({
      status,
      stageId: target.id,
      version: sql`${applications.version} + 1`,
      updatedAt: now,
      ...(outcome ? {} : { stageEnteredAt: now }),
      ...(outcome === "rejected" ? { rejectionReason: details.reason, candidateFeedback: details.feedback } : {}),
      ...(check.reopen ? { rejectionReason: null, candidateFeedback: null } : {}),
    })
    .where(and(eq(applications.id, a.id), eq(applications.version, a.version)))
    .returning({ version: applications.version })
    .get();
  if (!updated) throw new AppError("conflict", msg("transition.changedFirst"));

  const change = {
    applicationId: a.id,
    fromStageId: from.id,
    toStageId: target.id,
    fromStatus: a.status,
    toStatus: status,
  };
  const undo = details.undoes
    ? { data: { undoes: details.undoes.eventId, droppedMail: details.undoes.droppedMail } }
    : {};
  const event: ApplicationEvent = check.reopen
    ? { kind: "reopened", ...change, ...undo }
    : outcome === "rejected"
      ? details.knockout
        ? { kind: "knockout_rejected", ...change, data: { reason: details.reason, question: details.knockout } }
        : { kind: "rejected", ...change, data: { reason: details.reason } }
      : outcome === "hired"
        ? { kind: "hired", ...change, data: override }
        : outcome === "withdrawn"
          ? { kind: "withdrawn", ...change, data: actor.type === "candidate" ? null : { onBehalf: true } }
          : { kind: "moved", ...change, ...undo };
  await recordEvent(tx, actor, event, now);
  if (details.undoes) return { id: a.id, stage: target.key, status, version: updated.version };

  // Staff's changes can be undone for UNDO_SECONDS: until then the candidate's message waits.
  const after = actor.type === "user" ? new Date(now.getTime() + UNDO_SECONDS * 1000) : now;
  const forward = !outcome && !check.reopen && target.position > from.position;
  if (forward)
    await tell(
      tx,
      a,
      party,
      async ({ templateOf, ...base }) =>
        buildMail("next_step", {
          ...base,
          step: { name: target.name[a.locale], description: target.description[a.locale] },
          template: await templateOf("next_step"),
        }),
      now,
      after,
    );
  if (outcome === "rejected")
    await tell(
      tx,
      a,
      party,
      async ({ templateOf, ...base }) =>
        buildMail("rejected", { ...base, feedback: details.feedback, template: await templateOf("rejected") }),
      now,
      after,
    );
  if (outcome === "withdrawn" && actor.type === "candidate")
    await tell(tx, a, party, async (base) => buildMail("withdrawn", base), now);
  return { id: a.id, stage: target.key, status, version: updated.version };
}

/** The 409 of a stale version, with where the application is now. */
export function staleVersion(a: Pick<Application, "id" | "status" | "version">, stage: string): AppError {
  return new AppError("conflict", msg("transition.changedFirstHere"), {
    current: { id: a.id, stage, status: a.status, version: a.version },
  });
}

/** Erase or retention: withdraws an active application and records why; closed ones keep their status. */
async function privacyChange(
  tx: Tx,
  actor: Mover,
  a: Application,
  party: Party,
  at: JobStage,
  privacy: NonNullable<TransitionDetails["privacy"]>,
  now: Date,
): Promise<TransitionResult> {
  if (privacy.confirm)
    await tell(
      tx,
      a,
      party,
      async ({ templateOf, ...base }) =>
        buildMail("erased", { ...base, name: "", template: await templateOf("erased") }),
      now,
    );
  const withdraw = a.status === "active";
  const version = withdraw
    ? (await tx
        .update(applications)
        .set({ status: "withdrawn", version: sql`${applications.version} + 1`, updatedAt: now })
        .where(eq(applications.id, a.id))
        .returning({ version: applications.version })
        .get())!.version
    : a.version;
  const status: ApplicationStatus = withdraw ? "withdrawn" : a.status;
  await recordEvent(
    tx,
    actor,
    { kind: privacy.kind, applicationId: a.id, fromStatus: a.status, toStatus: status },
    now,
  );
  return { id: a.id, stage: at.key, status, version };
}

/**
 * Hired needs the background check completed. Someone the permission table lets override may
 * hire before it with a reason, which the event keeps; anyone else is told what is missing.
 */
function hiredGuard(actor: Mover, a: Application, details: TransitionDetails) {
  if (a.backgroundCheck === "completed") return null;
  if (!details.override) {
    throw new AppError("unprocessable", msg("transition.checkIncomplete"));
  }
  if (actor.type !== "user" || !can(actor.user, "hiring.override_check"))
    throw new AppError("forbidden", msg("transition.adminOverrides"));
  return { override: true as const, overrideReason: details.overrideReason, backgroundCheck: a.backgroundCheck };
}

type MailBase = {
  locale: Application["locale"];
  to: string;
  name: string;
  job: string;
  applicationId: number;
  /** The job's or organisation's wording of the message, fetched for its kind. */
  templateOf: (kind: TemplateKind) => Promise<Template | null>;
};

/** The candidate's message about this change, in their language, through the outbox; none once erased. */
async function tell(
  tx: Tx,
  a: Application,
  { person, titles }: Party,
  build: (base: MailBase) => Promise<Parameters<typeof enqueueMail>[1]>,
  now: Date,
  notBefore = now,
): Promise<void> {
  if (person.erasedAt || !person.email) return;
  await enqueueMail(
    tx,
    await build({
      locale: a.locale,
      to: person.email,
      name: person.fullName,
      job: titles[a.locale],
      applicationId: a.id,
      templateOf: (kind) => templateFor(tx, kind, a.locale, a.jobId),
    }),
    now,
    notBefore,
  );
}
