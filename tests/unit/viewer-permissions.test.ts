import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import {
  applicationPermissions,
  boardPermissions,
  movePermissions,
  type ApplicationFacts,
  type ApplicationPermissions,
} from "@/lib/applications/viewer-permissions";

// A hiring manager's flags do not depend on being assigned: assignment only decides whether they
// see the application at all (canViewApplication, tests/unit/permissions.test.ts); one who is not
// assigned gets a 404 before any flag is computed. So each role appears once below.

const WITH_CHECKS = [
  { id: 1, key: "screening", kind: "screening" },
  { id: 2, key: "meeting", kind: "interview" },
  { id: 3, key: "decision", kind: "decision" },
  { id: 4, key: "references", kind: "offer_checks" },
] as const;
const WITHOUT_CHECKS = WITH_CHECKS.slice(0, 3);

const NOTHING: ApplicationPermissions = {
  planInterview: false,
  planHint: false,
  cancelInterview: false,
  decide: false,
  references: false,
  hire: false,
  overrideCheck: false,
};

type Case = { name: string; facts: ApplicationFacts; expected: Record<Role, ApplicationPermissions> };

const active = (stageId: number, stages: ApplicationFacts["stages"] = WITH_CHECKS): ApplicationFacts => ({
  status: "active",
  stageId,
  backgroundCheck: "not_started",
  stages,
});

const CASES: Case[] = [
  {
    name: "active in an interview stage",
    facts: active(2),
    expected: {
      admin: { ...NOTHING, planInterview: true, cancelInterview: true },
      recruiter: { ...NOTHING, planInterview: true, cancelInterview: true },
      hiring_manager: NOTHING,
    },
  },
  {
    name: "active in screening",
    facts: active(1),
    expected: {
      admin: { ...NOTHING, planHint: true, cancelInterview: true },
      recruiter: { ...NOTHING, planHint: true, cancelInterview: true },
      hiring_manager: NOTHING,
    },
  },
  {
    name: "active in the decision stage of a job with offer checks",
    facts: active(3),
    expected: {
      admin: { ...NOTHING, planHint: true, cancelInterview: true, decide: true },
      recruiter: { ...NOTHING, planHint: true, cancelInterview: true, decide: true },
      hiring_manager: NOTHING,
    },
  },
  {
    name: "active in the last offer-checks stage",
    facts: active(4),
    expected: {
      admin: { ...NOTHING, planHint: true, cancelInterview: true, references: true, hire: true, overrideCheck: true },
      recruiter: { ...NOTHING, planHint: true, cancelInterview: true, references: true, hire: true },
      hiring_manager: NOTHING,
    },
  },
  {
    name: "active in the decision stage of a job without offer checks (the decision hires)",
    facts: active(3, WITHOUT_CHECKS),
    expected: {
      admin: { ...NOTHING, planHint: true, cancelInterview: true, decide: true },
      recruiter: { ...NOTHING, planHint: true, cancelInterview: true, decide: true },
      hiring_manager: NOTHING,
    },
  },
  {
    name: "rejected in the decision stage",
    facts: { ...active(3), status: "rejected" },
    expected: { admin: NOTHING, recruiter: NOTHING, hiring_manager: NOTHING },
  },
  {
    name: "rejected after the background check started (references stay readable, nothing else)",
    facts: { ...active(4), status: "rejected", backgroundCheck: "in_progress" },
    expected: {
      admin: { ...NOTHING, references: true, overrideCheck: true },
      recruiter: { ...NOTHING, references: true },
      hiring_manager: NOTHING,
    },
  },
];

const ROLES_UNDER_TEST: Role[] = ["admin", "recruiter", "hiring_manager"];

describe("what the application page lets each role do", () => {
  for (const { name, facts, expected } of CASES) {
    for (const role of ROLES_UNDER_TEST) {
      it(`${role}, ${name}`, () => {
        expect(applicationPermissions({ role }, facts)).toEqual(expected[role]);
      });
    }
  }
});

describe("what the board lets each role do", () => {
  it("lets only an admin reopen a closed application", () => {
    expect(boardPermissions({ role: "admin" })).toEqual({ reopen: true });
    expect(boardPermissions({ role: "recruiter" })).toEqual({ reopen: false });
    expect(boardPermissions({ role: "hiring_manager" })).toEqual({ reopen: false });
  });

  it("give Move to and Reject on the application page to those who move cards on the board, and nobody else", () => {
    expect(movePermissions({ role: "admin" })).toEqual({ move: true, reopen: true });
    expect(movePermissions({ role: "recruiter" })).toEqual({ move: true, reopen: false });
    expect(movePermissions({ role: "hiring_manager" })).toEqual({ move: false, reopen: false });
  });
});
