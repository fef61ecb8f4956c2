import { describe, expect, it } from "vitest";
import { checkTransition } from "@/lib/stages/transitions";

const KEYS = ["applied", "initial_call", "manager_meeting", "technical_interviews", "decision", "references"];
const at = (stageKey: string, status: "active" | "hired" | "rejected" | "withdrawn" = "active", role: "admin" | "recruiter" | "hiring_manager" = "recruiter") =>
  (to: string) => checkTransition({ status, stageKey, stageKeys: KEYS, to, role });

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

  it("allows Hired only from the last stage", () => {
    expect(at("references")("hired").ok).toBe(true);
    for (const key of KEYS.slice(0, -1)) expect(at(key)("hired").ok).toBe(false);
  });

  it("allows rejecting and withdrawing from any active stage", () => {
    for (const key of KEYS) {
      expect(at(key)("rejected").ok).toBe(true);
      expect(at(key)("withdrawn").ok).toBe(true);
    }
  });

  it("keeps Rejected, Withdrawn and Hired final for recruiters", () => {
    for (const status of ["rejected", "withdrawn", "hired"] as const) {
      expect(at("decision", status, "recruiter")("initial_call").ok).toBe(false);
      expect(at("decision", status, "admin")("rejected").ok).toBe(false);
    }
  });

  it("lets an admin reopen a final application into a stage", () => {
    expect(at("decision", "rejected", "admin")("initial_call")).toEqual({ ok: true, reopen: true });
    expect(at("decision", "withdrawn", "admin")("decision")).toEqual({ ok: true, reopen: true });
  });
});
