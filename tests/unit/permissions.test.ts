import { describe, expect, it } from "vitest";
import { can, canViewApplication, PERMISSIONS, type Actor, type Permission } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { safeNextPath } from "@/lib/auth/redirect";

const actor = (role: Role, id = 7): Actor => ({ id, role, name: role, email: `${role}@example.com` });

/** The expected table, written out by hand so a change to PERMISSIONS must be made twice on purpose. */
const EXPECTED: Record<Permission, Role[]> = {
  "staff.access": ["admin", "recruiter", "hiring_manager"],
  "users.manage": ["admin"],
  "outbox.view": ["admin"],
  "messages.edit": ["admin", "recruiter"],
  "audit.view": ["admin"],
  "webhooks.manage": ["admin"],
  "jobs.view": ["admin", "recruiter", "hiring_manager"],
  "jobs.manage": ["admin", "recruiter"],
  "applications.view_all": ["admin", "recruiter"],
  "applications.view_assigned": ["hiring_manager"],
  "applications.move": ["admin", "recruiter"],
  "applications.reopen": ["admin"],
  "applications.annotate": ["admin", "recruiter", "hiring_manager"],
  "interviews.plan": ["admin", "recruiter"],
  "scorecards.view_all": ["admin", "recruiter"],
  "decisions.record": ["admin", "recruiter"],
  "references.manage": ["admin", "recruiter"],
  "hiring.override_check": ["admin"],
  "reports.view": ["admin", "recruiter"],
  "candidates.merge": ["admin", "recruiter"],
  "talent.view": ["admin", "recruiter"],
  "talent.invite": ["admin", "recruiter"],
};

describe("the permission table", () => {
  it("lists exactly the permissions we test", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${allowed ? "allows" : "refuses"} ${role} to ${permission}`, () => {
        expect(can(actor(role), permission)).toBe(allowed);
      });
    }
    it(`refuses a signed-out visitor to ${permission}`, () => {
      expect(can(null, permission)).toBe(false);
    });
  }
});

describe("who may see one application", () => {
  it("lets recruiters and admins see any application", () => {
    expect(canViewApplication(actor("recruiter"), [])).toBe(true);
    expect(canViewApplication(actor("admin"), [])).toBe(true);
  });

  it("lets a hiring manager see only applications they are assigned to", () => {
    expect(canViewApplication(actor("hiring_manager", 7), [])).toBe(false);
    expect(canViewApplication(actor("hiring_manager", 7), [3, 9])).toBe(false);
    expect(canViewApplication(actor("hiring_manager", 7), [3, 7])).toBe(true);
  });

  it("shows nothing to a signed-out visitor", () => {
    expect(canViewApplication(null, [1])).toBe(false);
  });
});

describe("safeNextPath keeps the return trip on this site", () => {
  it.each([
    ["/staff/users", "/staff/users"],
    ["/staff?x=1#y", "/staff?x=1#y"],
    ["//evil.example/x", "/staff"],
    ["/\\evil.example", "/staff"],
    ["https://evil.example/", "/staff"],
    ["javascript:alert(1)", "/staff"],
    [undefined, "/staff"],
  ])("%s -> %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});
