import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { database, type Database, type Tx } from "@/db";
import { applicationAnswers, applications, scheduledRejections, type JobQuestion, type Locale } from "@/db/schema";
import { bySystem, byCandidate, recordEvent } from "@/lib/events/record";
import type { RejectionReason } from "@/lib/stages/transitions";
import type { CheckedAnswer } from "@/lib/validations/answers";
import { runAlone } from "@/lib/coordination/run-alone";
import { transitionApplication } from "./transition";
const HOUR = 60 * 60 * 1000;

function display(q: JobQuestion, value: string, locale: Locale): string {
  if (q.kind === "yes_no") return value === "yes" ? (locale === "sv" ? "Ja" : "Yes") : locale === "sv" ? "Nej" : "No";
  if (q.kind === "single_choice") return q.options.find((o) => o.key === value)?.label[locale] ?? value;
  return value;
}

/**
 * Stores the answers to custom questions, inside the intake's transaction. A knockout answer
 * schedules a rejection `delayHours` later: the candidate hears nothing now, and hears it then
 * the way they would hear a person's decision.
 */
export async function storeAnswers(
  tx: Tx,
  a: {
    applicationId: number;
    stageId: number;
    locale: Locale;
    questions: JobQuestion[];
    answers: CheckedAnswer[];
    delayHours: number;
    now: Date;
  },
): Promise<void> {
  let knockedOut = false;
  for (const answer of a.answers) {
    const q = a.questions.find((x) => x.key === answer.key);
    if (!q) continue;
    await tx
      .insert(applicationAnswers)
      .values({
        applicationId: a.applicationId,
        questionKey: q.key,
        label: q.label[a.locale],
        value: answer.value,
        display: display(q, answer.value, a.locale),
      })
      .run();
    if (!knockedOut && q.knockout?.answers.includes(answer.value)) {
      knockedOut = true;
      const dueAt = new Date(a.now.getTime() + a.delayHours * HOUR);
      await tx
        .insert(scheduledRejections)
        .values({
          applicationId: a.applicationId,
          stageId: a.stageId,
          questionKey: q.key,
          reason: q.knockout.reason,
          message: q.knockout.message[a.locale],
          dueAt,
          createdAt: a.now,
        })
        .run();
      await recordEvent(
        tx,
        byCandidate,
        {
          kind: "knockout_scheduled",
          applicationId: a.applicationId,
          data: { question: q.key, dueAt: dueAt.toISOString() },
        },
        a.now,
      );
    }
  }
}

export type KnockoutRun = { rejected: number[]; skipped: number[] };

/**
 * Carries out the knockout rejections that are due, as the system, through the one transition:
 * the reason, the kind message as the candidate's feedback, the event and the rejection mail.
 * An application the team has moved or decided on since is left alone. One instance runs it at a
 * time; another that tries meanwhile does nothing (its answer is empty).
 */
export async function runDueKnockouts(now = new Date(), target: Database = database()): Promise<KnockoutRun> {
  const run = await runAlone(target, "knockouts", async (tx) => {
    const due = await tx
      .select({ s: scheduledRejections, a: applications })
      .from(scheduledRejections)
      .innerJoin(applications, eq(applications.id, scheduledRejections.applicationId))
      .where(and(isNull(scheduledRejections.doneAt), lte(scheduledRejections.dueAt, now)))
      .orderBy(asc(scheduledRejections.dueAt))
      .limit(500)
      .all();
    const result: KnockoutRun = { rejected: [], skipped: [] };
    for (const { s, a } of due) {
      const stillWaiting = a.status === "active" && a.stageId === s.stageId;
      await tx
        .update(scheduledRejections)
        .set({ doneAt: now, outcome: stillWaiting ? "rejected" : "skipped" })
        .where(eq(scheduledRejections.id, s.id))
        .run();
      if (!stillWaiting) {
        await recordEvent(
          tx,
          bySystem("knockouts"),
          { kind: "knockout_cancelled", applicationId: a.id, data: { question: s.questionKey } },
          now,
        );
        result.skipped.push(a.id);
        continue;
      }
      await transitionApplication(
        tx,
        bySystem("knockouts"),
        a,
        "rejected",
        { reason: s.reason as RejectionReason, feedback: s.message, knockout: s.questionKey },
        now,
      );
      result.rejected.push(a.id);
    }
    if (due.length) await recordEvent(tx, bySystem("knockouts"), { kind: "knockout.run", data: result }, now);
    return result;
  });
  return run ?? { rejected: [], skipped: [] };
}
