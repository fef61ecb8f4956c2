import "server-only";
import { and, count, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "@/db";
import {
  applicationEvents,
  applications,
  interviews,
  jobAttributes,
  jobQuestions,
  scheduledRejections,
  stages,
  type Knockout,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import { msg, type CommandText } from "@/lib/i18n/command-text";
import type { JobData, QuestionData } from "@/lib/validations/job";
import { OUTCOMES } from "@/lib/stages/transitions";
import { newKey } from "./keys";

function refuse(field: string, text: CommandText, code: "invalid" | "conflict" = "invalid"): never {
  throw new AppError(code, text, { errors: { [field]: text } });
}

/**
 * Items the editor sent back with a key must be ones this job has, each once. A new job may bring
 * its own keys (the default process keeps the seeded job's stage keys), never an outcome's.
 */
function checkKeys(field: string, given: (string | undefined)[], existing: Set<string>, isNew: boolean): void {
  const seen = new Set<string>();
  for (const key of given) {
    if (!key) continue;
    if ((!isNew && !existing.has(key)) || seen.has(key) || (OUTCOMES as readonly string[]).includes(key)) {
      refuse(field, msg("jobs.listChanged"), "conflict");
    }
    seen.add(key);
  }
}

/**
 * Stages keep their keys (the board, moves and the status page refer to them); new ones get a key
 * from their name. A stage is removed only when no application sits in it, and only when no
 * history refers to it, since the timeline and the reports need its name.
 */
export async function syncStages(tx: Tx, jobId: number, input: JobData["stages"], isNew = false): Promise<string[]> {
  const existing = await tx.select().from(stages).where(eq(stages.jobId, jobId)).all();
  const byKey = new Map(existing.map((s) => [s.key, s]));
  checkKeys(
    "stages",
    input.map((s) => s.key),
    new Set(byKey.keys()),
    isNew,
  );
  const kept = new Set(input.flatMap((s) => (s.key ? [s.key] : [])));
  const notes: string[] = [];
  for (const gone of existing.filter((s) => !kept.has(s.key))) {
    const sitting = (await tx.select({ n: count() }).from(applications).where(eq(applications.stageId, gone.id)).get())!
      .n;
    if (sitting > 0) {
      refuse("stages", msg("jobs.stageHasApplications", { stage: gone.staffName, count: sitting }), "conflict");
    }
    const history =
      (await tx
        .select({ id: applicationEvents.id })
        .from(applicationEvents)
        .where(or(eq(applicationEvents.fromStageId, gone.id), eq(applicationEvents.toStageId, gone.id)))
        .get()) ??
      (await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.stageId, gone.id)).get()) ??
      (await tx
        .select({ id: scheduledRejections.id })
        .from(scheduledRejections)
        .where(eq(scheduledRejections.stageId, gone.id))
        .get());
    if (history) refuse("stages", msg("jobs.stageHasHistory", { stage: gone.staffName }), "conflict");
    await tx.delete(stages).where(eq(stages.id, gone.id)).run();
    notes.push(`removed stage ${gone.key}`);
  }
  const taken = new Set([...byKey.keys(), ...kept]);
  for (const [position, s] of input.entries()) {
    const values = {
      position,
      kind: s.kind,
      staffName: s.staffName,
      name: s.name,
      description: s.description,
      typicalDays: s.typicalDays,
    };
    const before = s.key ? byKey.get(s.key) : undefined;
    if (before) {
      if (
        JSON.stringify({ ...before, id: 0, jobId: 0, key: "" }) !==
        JSON.stringify({ ...before, ...values, id: 0, jobId: 0, key: "" })
      )
        notes.push(`changed stage ${before.key}`);
      await tx.update(stages).set(values).where(eq(stages.id, before.id)).run();
    } else {
      const key = s.key ?? newKey(s.staffName, taken, "stage");
      await tx
        .insert(stages)
        .values({ ...values, jobId, key })
        .run();
      notes.push(`added stage ${key}`);
    }
  }
  return notes;
}

/** Scorecard attributes: keys stay (scorecards store ratings by key), the rest is free to edit. */
export async function syncAttributes(
  tx: Tx,
  jobId: number,
  input: JobData["attributes"],
  isNew = false,
): Promise<string[]> {
  const existing = await tx.select().from(jobAttributes).where(eq(jobAttributes.jobId, jobId)).all();
  const byKey = new Map(existing.map((a) => [a.key, a]));
  checkKeys(
    "attributes",
    input.map((a) => a.key),
    new Set(byKey.keys()),
    isNew,
  );
  const kept = new Set(input.flatMap((a) => (a.key ? [a.key] : [])));
  const gone = existing.filter((a) => !kept.has(a.key));
  if (gone.length)
    await tx
      .delete(jobAttributes)
      .where(
        inArray(
          jobAttributes.id,
          gone.map((a) => a.id),
        ),
      )
      .run();
  const taken = new Set([...byKey.keys(), ...kept]);
  const notes = gone.map((a) => `removed attribute ${a.key}`);
  for (const [position, a] of input.entries()) {
    const values = { position, label: a.label, description: a.description, optional: a.optional };
    const before = a.key ? byKey.get(a.key) : undefined;
    if (before) await tx.update(jobAttributes).set(values).where(eq(jobAttributes.id, before.id)).run();
    else {
      const key = a.key ?? newKey(a.label, taken, "attribute");
      await tx
        .insert(jobAttributes)
        .values({ ...values, jobId, key })
        .run();
      notes.push(`added attribute ${key}`);
    }
  }
  return notes;
}

function storedQuestion(q: QuestionData, previousOptionKeys: Set<string>) {
  const taken = new Set(previousOptionKeys);
  const options =
    q.kind === "single_choice"
      ? q.options.map((o) => ({
          key: o.key && previousOptionKeys.has(o.key) ? o.key : newKey(o.label.en, taken, "option"),
          label: o.label,
          knockout: o.knockout,
        }))
      : [];
  const answers =
    q.kind === "yes_no"
      ? q.knockoutAnswer
        ? [q.knockoutAnswer]
        : []
      : options.filter((o) => o.knockout).map((o) => o.key);
  const knockout: Knockout | null = answers.length
    ? { answers, reason: q.knockoutReason, message: q.knockoutMessage }
    : null;
  return {
    kind: q.kind,
    label: q.label,
    required: q.required,
    options: options.map(({ key, label }) => ({ key, label })),
    knockout,
  };
}

/** Custom apply-form questions: keys stay, since answers and the `q_{key}` field refer to them. */
export async function syncQuestions(
  tx: Tx,
  jobId: number,
  input: JobData["questions"],
  isNew = false,
): Promise<string[]> {
  const existing = await tx.select().from(jobQuestions).where(eq(jobQuestions.jobId, jobId)).all();
  const byKey = new Map(existing.map((q) => [q.key, q]));
  checkKeys(
    "questions",
    input.map((q) => q.key),
    new Set(byKey.keys()),
    isNew,
  );
  const kept = new Set(input.flatMap((q) => (q.key ? [q.key] : [])));
  const gone = existing.filter((q) => !kept.has(q.key));
  if (gone.length)
    await tx
      .delete(jobQuestions)
      .where(
        and(
          eq(jobQuestions.jobId, jobId),
          inArray(
            jobQuestions.id,
            gone.map((q) => q.id),
          ),
        ),
      )
      .run();
  const taken = new Set([...byKey.keys(), ...kept]);
  const notes = gone.map((q) => `removed question ${q.key}`);
  for (const [position, q] of input.entries()) {
    const before = q.key ? byKey.get(q.key) : undefined;
    const values = { position, ...storedQuestion(q, new Set(before?.options.map((o) => o.key) ?? [])) };
    if (before) await tx.update(jobQuestions).set(values).where(eq(jobQuestions.id, before.id)).run();
    else {
      const key = q.key ?? newKey(q.label.en, taken, "question");
      await tx
        .insert(jobQuestions)
        .values({ ...values, jobId, key })
        .run();
      notes.push(`added question ${key}`);
    }
  }
  return notes;
}
