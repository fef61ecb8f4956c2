import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { stages, users } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import { can, type Actor } from "@/lib/auth/permissions";
import type { InterviewKind } from "./constants";
import { decisionView, type DecisionView } from "./decision";
import { interviewsOf, type InterviewSummary } from "./interview-queries";
import { INTERVIEW_STAGE_KEYS } from "./interviews";
import { referencesView, type ReferencesView } from "./references";
import { attributesOf, type AttributeDto } from "./scorecards";

export type ApplicationFeedback = {
  interviews: InterviewSummary[];
  planning: { staff: { id: number; name: string; email: string; role: string }[]; defaultKind: InterviewKind } | null;
  planHint: string | null;
  canCancel: boolean;
  decision: DecisionView;
  attributes: AttributeDto[];
  references: (ReferencesView & { isLastStage: boolean }) | null;
};

/** What the application page shows of interviews, scorecards, the decision and references, for this viewer. */
export function applicationFeedback(actor: Actor | null, applicationId: number): ApplicationFeedback {
  const { actor: who, application } = visibleApplication(actor, "staff.access", applicationId);
  const list = db().select({ id: stages.id, key: stages.key }).from(stages).where(eq(stages.jobId, application.jobId)).orderBy(asc(stages.position)).all();
  const stageKey = list.find((s) => s.id === application.stageId)!.key;
  const isLast = list[list.length - 1]?.id === application.stageId;
  const active = application.status === "active";
  const inInterviewStage = (INTERVIEW_STAGE_KEYS as readonly string[]).includes(stageKey);
  const mayPlan = can(who, "interviews.plan");
  const references = can(who, "references.manage") && ((active && isLast) || application.backgroundCheck !== "not_started") ? { ...referencesView(who, applicationId), isLastStage: active && isLast } : null;
  return {
    interviews: interviewsOf(who, applicationId),
    planning:
      mayPlan && active && inInterviewStage
        ? {
            staff: db().select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)).all(),
            defaultKind: stageKey === "manager_meeting" ? "manager_meeting" : "system_design",
          }
        : null,
    planHint: mayPlan && active && !inInterviewStage ? "Interviews are planned in the “Meet your future manager” and “Technical interviews” stages." : null,
    canCancel: mayPlan && active,
    decision: decisionView(who, applicationId),
    attributes: attributesOf(application.jobId),
    references,
  };
}
