import "server-only";
import { jobStages } from "@/lib/stages/job-stages";
import { asc, eq } from "drizzle-orm";
import { read } from "@/db";
import { users } from "@/db/schema";
import { visibleApplication } from "@/lib/applications/access";
import type { Actor } from "@/lib/auth/permissions";
import { applicationPermissions } from "@/lib/applications/viewer-permissions";
import type { InterviewKind } from "./constants";
import { decisionView, type DecisionView } from "./decision";
import { interviewsOf, type InterviewSummary } from "./interview-queries";
import { referencesView, type ReferencesView } from "./references";
import { attributesOf, type AttributeDto } from "./scorecards";

/** Why no interview can be planned here: move to an interview stage first, or the process has none. */
export type PlanHint = "move" | "no_interview_stage";

export type ApplicationFeedback = {
  interviews: InterviewSummary[];
  planning: { staff: { id: number; name: string; email: string; role: string }[]; defaultKind: InterviewKind } | null;
  planHint: PlanHint | null;
  canCancel: boolean;
  decision: DecisionView;
  attributes: AttributeDto[];
  /** Referees and the background check; `canHire` in the hire stage, `canOverride` from the permission table. */
  references: (ReferencesView & { canHire: boolean; canOverride: boolean }) | null;
};

/** What the application page shows of interviews, scorecards, the decision and references, for this viewer. */
export async function applicationFeedback(actor: Actor | null, applicationId: number): Promise<ApplicationFeedback> {
  const { actor: who, application } = await visibleApplication(actor, "staff.access", applicationId);
  const list = await jobStages(application.jobId);
  const may = applicationPermissions(who, { ...application, stages: list });
  // The first interview stage of a job is where the candidate meets their manager, as in the posting.
  const firstInterview = list.find((s) => s.kind === "interview");
  return {
    interviews: await interviewsOf(who, applicationId),
    planning: may.planInterview
      ? {
          staff: await read()
            .select({ id: users.id, name: users.name, email: users.email, role: users.role })
            .from(users)
            .where(eq(users.active, true))
            .orderBy(asc(users.name))
            .all(),
          defaultKind: firstInterview?.id === application.stageId ? "manager_meeting" : "system_design",
        }
      : null,
    planHint: may.planHint ? interviewHint(list) : null,
    canCancel: may.cancelInterview,
    decision: await decisionView(who, applicationId),
    attributes: await attributesOf(application.jobId),
    references: may.references
      ? { ...(await referencesView(who, applicationId)), canHire: may.hire, canOverride: may.overrideCheck }
      : null,
  };
}

function interviewHint(list: { kind: string }[]): PlanHint {
  return list.some((s) => s.kind === "interview") ? "move" : "no_interview_stage";
}
