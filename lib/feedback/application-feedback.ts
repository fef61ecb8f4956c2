import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { stages, users } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import { can, type Actor } from "@/lib/auth/permissions";
import type { InterviewKind } from "./constants";
import { decisionView, type DecisionView } from "./decision";
import { interviewsOf, type InterviewSummary } from "./interview-queries";
import { checksBeforeHire, hireStage } from "@/lib/stages/process";
import { referencesView, type ReferencesView } from "./references";
import { attributesOf, type AttributeDto } from "./scorecards";

export type ApplicationFeedback = {
  interviews: InterviewSummary[];
  planning: { staff: { id: number; name: string; email: string; role: string }[]; defaultKind: InterviewKind } | null;
  planHint: string | null;
  canCancel: boolean;
  decision: DecisionView;
  attributes: AttributeDto[];
  /** Referees and the background check; `canHire` in the hire stage, `canOverride` from the permission table. */
  references: (ReferencesView & { canHire: boolean; canOverride: boolean }) | null;
};

/** What the application page shows of interviews, scorecards, the decision and references, for this viewer. */
export function applicationFeedback(actor: Actor | null, applicationId: number): ApplicationFeedback {
  const { actor: who, application } = visibleApplication(actor, "staff.access", applicationId);
  const list = db()
    .select({ id: stages.id, key: stages.key, kind: stages.kind })
    .from(stages)
    .where(eq(stages.jobId, application.jobId))
    .orderBy(asc(stages.position))
    .all();
  const stage = list.find((s) => s.id === application.stageId)!;
  const active = application.status === "active";
  const inInterviewStage = stage.kind === "interview";
  const mayPlan = can(who, "interviews.plan");
  const inChecks = active && stage.kind === "offer_checks";
  const canHire = active && checksBeforeHire(list) && hireStage(list)?.id === stage.id;
  const references =
    can(who, "references.manage") && (inChecks || application.backgroundCheck !== "not_started")
      ? { ...referencesView(who, applicationId), canHire, canOverride: can(who, "hiring.override_check") }
      : null;
  // The first interview stage of a job is where the candidate meets their manager, as in the posting.
  const firstInterview = list.find((s) => s.kind === "interview");
  return {
    interviews: interviewsOf(who, applicationId),
    planning:
      mayPlan && active && inInterviewStage
        ? {
            staff: db()
              .select({ id: users.id, name: users.name, email: users.email, role: users.role })
              .from(users)
              .where(eq(users.active, true))
              .orderBy(asc(users.name))
              .all(),
            defaultKind: firstInterview?.id === stage.id ? "manager_meeting" : "system_design",
          }
        : null,
    planHint: mayPlan && active && !inInterviewStage ? interviewHint(list) : null,
    canCancel: mayPlan && active,
    decision: decisionView(who, applicationId),
    attributes: attributesOf(application.jobId),
    references,
  };
}

function interviewHint(list: { kind: string }[]): string {
  return list.some((s) => s.kind === "interview")
    ? "Interviews are planned in the stages of the kind Interview. Move the application to one of them first."
    : "This job's process has no stage of the kind Interview; a recruiter can set one in the job editor.";
}
