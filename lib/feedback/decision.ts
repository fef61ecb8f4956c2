import "server-only";
import { jobStages } from "@/lib/stages/job-stages";
import { asc, eq } from "drizzle-orm";
import { write } from "@/db";
import { stages } from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";
import { visibleApplication } from "@/lib/applications/access";
import type { MoveResult } from "@/lib/applications/move-application";
import { transitionApplication } from "@/lib/applications/transition";
import type { Actor } from "@/lib/auth/permissions";
import { applicationPermissions } from "@/lib/applications/viewer-permissions";
import { checksBeforeHire } from "@/lib/stages/process";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { DecisionInput } from "@/lib/validations/interviews";
import { attributesOf } from "./scorecards";
import { summarise, type DecisionSummary } from "./summary";
import { scorecardsFor, type ScorecardView } from "./visibility";

export type DecisionView = DecisionSummary & {
  scorecards: ScorecardView[];
  blind: boolean;
  /** The interviewers' suggestions for the candidate, as a starting text the recruiter edits. */
  suggestedFeedback: string;
  canDecide: boolean;
};

/** Every visible submitted scorecard side by side, with the figures the team decides from. */
export async function decisionView(actor: Actor | null, applicationId: number): Promise<DecisionView> {
  const { actor: who, application } = await visibleApplication(actor, "staff.access", applicationId);
  const { scorecards, blind } = await scorecardsFor(who, applicationId);
  const submitted = scorecards.filter((s) => s.status === "submitted");
  const list = await jobStages(application.jobId);
  return {
    ...summarise(submitted, await attributesOf(application.jobId)),
    scorecards: submitted,
    blind,
    suggestedFeedback: submitted
      .map((s) => s.candidateFeedback.trim())
      .filter(Boolean)
      .join("\n\n"),
    canDecide: applicationPermissions(who, { ...application, stages: list }).decide,
  };
}

/**
 * The joint decision in the Decision stage: an offer moves the application on to references and
 * the background check (or hires, in a job without them); a decline rejects it with the
 * constructive feedback the posting promises.
 * The move and the decision event are one transaction.
 */
export async function recordDecision(
  actor: Actor | null,
  applicationId: number,
  input: DecisionInput,
): Promise<MoveResult> {
  const now = new Date();
  return write(async (tx) => {
    const { actor: who, application } = await visibleApplication(actor, "decisions.record", applicationId, tx);
    const list = await tx
      .select({ id: stages.id, key: stages.key, kind: stages.kind })
      .from(stages)
      .where(eq(stages.jobId, application.jobId))
      .orderBy(asc(stages.position))
      .all();
    const at = list.findIndex((s) => s.id === application.stageId);
    if (list[at]?.kind !== "decision" || application.status !== "active") {
      throw new AppError("unprocessable", msg("decision.notInDecision"));
    }
    // An offer goes on to the references and background check; a job without them hires at once.
    const next = checksBeforeHire(list) ? list[at + 1] : undefined;
    if (input.decision === "offer" && checksBeforeHire(list) && !next)
      throw new AppError("unprocessable", msg("decision.noStageAfter"));
    const mover = { type: "user" as const, user: who };
    const result =
      input.decision === "offer"
        ? await transitionApplication(tx, mover, application, next?.key ?? "hired", { version: input.version }, now)
        : await transitionApplication(
            tx,
            mover,
            application,
            "rejected",
            { version: input.version, reason: input.reason ?? "must_haves", feedback: input.feedback },
            now,
          );
    await recordEvent(
      tx,
      byUser(who),
      { kind: "decision_recorded", applicationId, data: { decision: input.decision } },
      now,
    );
    return result;
  });
}
