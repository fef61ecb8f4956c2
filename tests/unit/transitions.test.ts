import { describe, expect, it } from "vitest";
import type { StageKind } from "@/db/enums";
import { can } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { candidateSteps, checksBeforeHire, hireStage, processProblem } from "@/lib/stages/process";
import { checkTransition } from "@/lib/stages/transitions";
import { msg, type CommandText } from "@/lib/i18n/command-text";
import { commandMessage } from "@/lib/i18n/command-message";

const stage = (key: string, kind: StageKind) => ({ key, kind });
/** The Cloud Engineer process, as the migration gave its stages their kinds. */
const SEEDED = [
  stage("applied", "screening"),
  stage("initial_call", "screening"),
  stage("manager_meeting", "interview"),
  stage("technical_interviews", "interview"),
  stage("decision", "decision"),
  stage("references", "offer_checks"),
];
/** A recruiter's own process: a case study, the decision, and no offer checks at all. */
const CUSTOM = [
  stage("new", "screening"),
  stage("case_study", "interview"),
  stage("home_assignment", "other"),
  stage("verdict", "decision"),
];

const at =
  (
    stageKey: string,
    status: "active" | "hired" | "rejected" | "withdrawn" = "active",
    role: Role = "recruiter",
    stages = SEEDED,
  ) =>
  (to: string) =>
    checkTransition({ status, stageKey, stages, to, mayReopen: can({ role }, "applications.reopen") });

describe("stage transitions", () => {
  it("allows any stage forward or back", () => {
    expect(at("applied")("decision")).toEqual({ ok: true, reopen: false });
    expect(at("decision")("initial_call")).toEqual({ ok: true, reopen: false });
  });

  it("refuses a move to the stage the application is already in", () => {
    expect(at("decision")("decision").ok).toBe(false);
  });

  it("refuses a stage the job does not have", () => {
    expect(at("applied")("lunch").ok).toBe(false);
  });

  it("allows Hired only from the last offer-checks stage when the job has one", () => {
    expect(at("references")("hired").ok).toBe(true);
    for (const { key } of SEEDED.slice(0, -1)) expect(at(key)("hired").ok, key).toBe(false);
    const twoChecks = [...SEEDED, stage("background", "offer_checks"), stage("welcome", "other")];
    expect(at("background", "active", "recruiter", twoChecks)("hired").ok).toBe(true);
    expect(at("references", "active", "recruiter", twoChecks)("hired").ok).toBe(false);
    expect(at("welcome", "active", "recruiter", twoChecks)("hired").ok).toBe(false);
  });

  it("allows Hired from the decision when a job has no offer-checks stage", () => {
    expect(at("verdict", "active", "recruiter", CUSTOM)("hired")).toEqual({ ok: true, reopen: false });
    for (const { key } of CUSTOM.slice(0, -1))
      expect(at(key, "active", "recruiter", CUSTOM)("hired").ok, key).toBe(false);
    expect(at("case_study", "active", "recruiter", CUSTOM)("hired")).toEqual({
      ok: false,
      message: msg("transition.hireFromDecision"),
    });
  });

  it("allows rejecting and withdrawing from any active stage", () => {
    for (const { key } of SEEDED) {
      expect(at(key)("rejected").ok).toBe(true);
      expect(at(key)("withdrawn").ok).toBe(true);
    }
  });

  it("keeps Rejected, Withdrawn and Hired final for everyone the permission table does not let reopen", () => {
    for (const status of ["rejected", "withdrawn", "hired"] as const) {
      for (const role of ROLES) {
        const result = at("decision", status, role)("initial_call");
        expect(result.ok, `${role} ${status}`).toBe(can({ role }, "applications.reopen"));
      }
      expect(at("decision", status, "admin")("rejected").ok).toBe(false);
    }
  });

  it("lets an admin reopen a final application into a stage", () => {
    expect(at("decision", "rejected", "admin")("initial_call")).toEqual({ ok: true, reopen: true });
    expect(at("decision", "withdrawn", "admin")("decision")).toEqual({ ok: true, reopen: true });
  });
});

describe("a process defined by its stages' kinds", () => {
  it("needs exactly one decision stage", () => {
    expect(processProblem(SEEDED)).toBeNull();
    expect(processProblem(CUSTOM)).toBeNull();
    const english = (problem: CommandText | null) => (problem ? commandMessage("en", problem) : null);
    expect(english(processProblem(SEEDED.filter((s) => s.kind !== "decision")))).toMatch(
      /needs a stage of the kind Decision/,
    );
    expect(english(processProblem([...SEEDED, stage("second_opinion", "decision")]))).toMatch(/2 Decision stages/);
  });

  it("shows the candidate every stage but the first, where applications arrive, whatever its key", () => {
    expect(candidateSteps(SEEDED).map((s) => s.key)).toEqual(SEEDED.slice(1).map((s) => s.key));
    expect(candidateSteps(SEEDED).map((s) => s.key)).not.toContain("applied");
    const inbox = [stage("incoming", "screening"), stage("case_study", "interview"), stage("decide", "decision")];
    expect(candidateSteps(inbox).map((s) => s.key)).toEqual(["case_study", "decide"]);
  });

  it("hires from the last offer-checks stage, else the decision, and waits for the background check only where there are checks", () => {
    expect(hireStage(SEEDED)?.key).toBe("references");
    expect(hireStage(CUSTOM)?.key).toBe("verdict");
    expect(checksBeforeHire(SEEDED)).toBe(true);
    expect(checksBeforeHire(CUSTOM)).toBe(false);
  });
});
