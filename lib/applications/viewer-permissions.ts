import type { BackgroundCheckStatus } from "@/db/enums";
import type { ApplicationStatus } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { checksBeforeHire, hireStage, type ProcessStage } from "@/lib/stages/process";

// What a viewer may do, as the DTOs of the board and the application page carry it: computed here
// from the permission table and the application's place in its process, so no page, component or
// route compares role names, and the rule is tested without a database.

type Viewer = Pick<Actor, "role">;

/** Moving cards needs no flag: only roles that may move see the board at all. */
export type BoardPermissions = { reopen: boolean };

export function boardPermissions(viewer: Viewer): BoardPermissions {
  return { reopen: can(viewer, "applications.reopen") };
}

/**
 * The board card's moves on the application page, which hiring managers also read: whether this
 * viewer gets Move to and Reject at all, and whether a closed application may be reopened.
 */
export type MovePermissions = { move: boolean; reopen: boolean };

export function movePermissions(viewer: Viewer): MovePermissions {
  const move = can(viewer, "applications.move");
  return { move, reopen: move && can(viewer, "applications.reopen") };
}

export type ApplicationFacts = {
  status: ApplicationStatus;
  stageId: number;
  backgroundCheck: BackgroundCheckStatus;
  /** The job's stages in process order. */
  stages: readonly (ProcessStage & { id: number })[];
};

export type ApplicationPermissions = {
  /** Plan an interview: in a stage of the kind Interview. */
  planInterview: boolean;
  /** Told where interviews are planned, for a planner whose application sits elsewhere. */
  planHint: boolean;
  cancelInterview: boolean;
  decide: boolean;
  /** The references panel: in an offer-checks stage, or once the background check has started. */
  references: boolean;
  /** Mark as hired: from the stage Hired is reached from, in a job with offer checks. */
  hire: boolean;
  /** Hire before the background check is complete, giving a reason. */
  overrideCheck: boolean;
};

export function applicationPermissions(viewer: Viewer, application: ApplicationFacts): ApplicationPermissions {
  const kind = application.stages.find((s) => s.id === application.stageId)?.kind;
  const active = application.status === "active";
  const plans = active && can(viewer, "interviews.plan");
  const references =
    can(viewer, "references.manage") &&
    ((active && kind === "offer_checks") || application.backgroundCheck !== "not_started");
  return {
    planInterview: plans && kind === "interview",
    planHint: plans && kind !== "interview",
    cancelInterview: plans,
    decide: active && kind === "decision" && can(viewer, "decisions.record"),
    references,
    hire:
      references &&
      active &&
      checksBeforeHire(application.stages) &&
      hireStage(application.stages)?.id === application.stageId,
    overrideCheck: references && can(viewer, "hiring.override_check"),
  };
}
