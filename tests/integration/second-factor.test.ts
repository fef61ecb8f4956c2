import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as resetRoute from "@/app/api/staff/users/[id]/second-factor/route";
import { accounts, auditLog, loginFailures, recoveryCodes, secondFactors, sessions, users } from "@/db/schema";
import { signPending } from "@/lib/auth/pending-sign-in";
import {
  checkSecondFactor,
  confirmEnrolment,
  hasSecondFactor,
  secondFactorStep,
  startEnrolment,
} from "@/lib/auth/second-factor/factor";
import { removeOwnSecondFactor, secondFactorStatus } from "@/lib/auth/second-factor/account";
import { codeAt, PERIOD_SECONDS } from "@/lib/auth/second-factor/totp";
import { unseal } from "@/lib/security/sealed";
import { THROTTLE } from "@/lib/auth/lockout";
import { browser } from "../helpers/auth-flow";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

let t: TestData;
let admin: TestUser, recruiter: TestUser, manager: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, MFA_REQUIRED: "admin" });
  [admin, recruiter, manager] = await Promise.all([
    addUser(t.db, "admin"),
    addUser(t.db, "recruiter"),
    addUser(t.db, "hiring_manager"),
  ]);
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(async () => {
  await t.db.write((tx) => tx.delete(loginFailures).run());
});

const STEP = PERIOD_SECONDS * 1000;
const audits = async (action: string) =>
  (await t.db.read().select().from(auditLog).where(eq(auditLog.action, action)).all()).map((a) => a.data);
const sessionCount = async (userId: number) =>
  (await t.db.read().select().from(sessions).where(eq(sessions.userId, userId)).all()).length;
const signedInCookie = (b: ReturnType<typeof browser>) => b.jar.has("authjs.session-token");

/** Enrols `user` and returns the secret and recovery codes. */
async function enrol(user: TestUser, now = Date.now()) {
  const secret = (await startEnrolment(t.db, user.id))!;
  const result = await confirmEnrolment(t.db, user.id, codeAt(secret, now), "10.1.0.1", now);
  if (!result.ok) throw new Error("enrolment failed");
  return { secret, codes: result.value, enrolledAt: now };
}

describe("second factor (TOTP)", () => {
  it("an admin's password alone opens no session under MFA_REQUIRED=admin, even at Auth.js's own callback; a recruiter's does", async () => {
    expect(await secondFactorStep(t.db, admin)).toBe("enrol");
    const b = browser();
    const res = await b.signIn(admin.email, admin.password);
    expect(res.headers.get("location")).toContain("code=second_factor");
    expect(signedInCookie(b)).toBe(false);
    expect(await sessionCount(admin.id)).toBe(0);
    const r = browser();
    await r.signIn(recruiter.email, recruiter.password);
    expect(signedInCookie(r)).toBe(true);
  });

  it("keeps the secret sealed at rest and refuses a wrong first code; the right one gives ten recovery codes stored hashed", async () => {
    const secret = (await startEnrolment(t.db, manager.id))!;
    const row = (await t.db.read().select().from(secondFactors).where(eq(secondFactors.userId, manager.id)).get())!;
    expect(row.secretSealed).not.toContain(secret);
    expect(unseal(TEST_SECRET, "totp-secret", row.secretSealed)).toBe(secret);
    expect(unseal("another-secret-that-is-long-enough-0123456789", "totp-secret", row.secretSealed)).toBeNull();
    const wrong = codeAt(secret, Date.now() - 10 * STEP);
    expect((await confirmEnrolment(t.db, manager.id, wrong, "10.1.0.2")).ok).toBe(false);
    expect(await hasSecondFactor(t.db, manager.id)).toBe(false);
    const result = await confirmEnrolment(t.db, manager.id, codeAt(secret, Date.now()), "10.1.0.2");
    expect(result.ok && result.value).toHaveLength(10);
    const stored = await t.db.read().select().from(recoveryCodes).where(eq(recoveryCodes.userId, manager.id)).all();
    expect(stored).toHaveLength(10);
    const plain = result.ok ? result.value : [];
    for (const s of stored) expect(plain).not.toContain(s.codeHash);
    expect(await startEnrolment(t.db, manager.id)).toBeNull();
    expect(await audits("user.second_factor_enrolled")).toContainEqual(expect.objectContaining({ userId: manager.id }));
  });

  it("accepts a code once: the same code again is refused within its window, the next step's code passes", async () => {
    const user = await addUser(t.db, "recruiter");
    const now = Date.now();
    const { secret } = await enrol(user, now - 2 * STEP);
    const code = codeAt(secret, now);
    expect(await checkSecondFactor(t.db, user.id, code, "10.1.0.3", now)).toEqual({ ok: true, value: "second_factor" });
    expect((await checkSecondFactor(t.db, user.id, code, "10.1.0.3", now + 1000)).ok).toBe(false);
    const later = now + STEP;
    expect((await checkSecondFactor(t.db, user.id, codeAt(secret, later), "10.1.0.3", later)).ok).toBe(true);
  });

  it("a recovery code signs in once and says how many are left", async () => {
    const user = await addUser(t.db, "recruiter");
    const { codes } = await enrol(user);
    expect(await checkSecondFactor(t.db, user.id, codes[3]!.toUpperCase(), "10.1.0.4")).toEqual({
      ok: true,
      value: "recovery_code",
    });
    expect((await checkSecondFactor(t.db, user.id, codes[3]!, "10.1.0.4")).ok).toBe(false);
    expect(await audits("user.recovery_code_used")).toContainEqual({
      actor: expect.objectContaining({ id: user.id }),
      userId: user.id,
      remaining: 9,
    });
  });

  it("wrong codes are held back like wrong passwords, and the lockout is audited once", async () => {
    const user = await addUser(t.db, "recruiter");
    const { secret } = await enrol(user);
    const now = Date.now();
    for (let i = 0; i < THROTTLE.freeFailures; i++)
      expect(await checkSecondFactor(t.db, user.id, "000000", "10.1.0.5", now + i)).toEqual({
        ok: false,
        reason: "invalid",
      });
    const locked = await checkSecondFactor(t.db, user.id, codeAt(secret, now), "10.1.0.5", now + 10);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const lockouts = (await audits("user.signed_in_failed_lockout")).filter((a) => a.userId === user.id);
    expect(lockouts).toEqual([expect.objectContaining({ scope: "second_factor", failures: 5 })]);
  });

  it("the code step signs in through Auth.js only with a server-made 'passed' ticket; a password-stage or forged one opens nothing", async () => {
    const user = await addUser(t.db, "admin");
    await enrol(user);
    const forPassword = signPending(TEST_SECRET, { userId: user.id, sessionVersion: 1, stage: "password" });
    const forged = signPending("a-different-secret-long-enough-0123456789", {
      userId: user.id,
      sessionVersion: 1,
      stage: "passed",
    });
    for (const pending of [forPassword, forged, "1.1.passed.9999999999.x"]) {
      const b = browser();
      await b.signInWith({ pending });
      expect(signedInCookie(b)).toBe(false);
    }
    expect(await sessionCount(user.id)).toBe(0);
    const b = browser();
    await b.signInWith({ pending: signPending(TEST_SECRET, { userId: user.id, sessionVersion: 1, stage: "passed" }) });
    expect(signedInCookie(b)).toBe(true);
    const signIns = (await audits("user.signed_in")).filter((a) => a.userId === user.id);
    expect(signIns).toEqual([expect.objectContaining({ method: "second_factor" })]);
  });

  it("removing your own factor takes a current code; an admin's reset is audited and only an admin may do it", async () => {
    const user = await addUser(t.db, "recruiter");
    const { secret } = await enrol(user, Date.now() - 2 * STEP);
    await expect(removeOwnSecondFactor(user, "123456", "10.1.0.6")).rejects.toThrow("not right");
    expect(await hasSecondFactor(t.db, user.id)).toBe(true);
    await removeOwnSecondFactor(user, codeAt(secret, Date.now()), "10.1.0.6");
    expect(await hasSecondFactor(t.db, user.id)).toBe(false);

    await enrol(user);
    const path = `/api/staff/users/${user.id}/second-factor`;
    const asRecruiter = await sessionCookie(recruiter.id);
    const refused = await callStaff(resetRoute.DELETE, {
      method: "DELETE",
      path,
      cookie: asRecruiter,
      params: { id: String(user.id) },
    });
    expect(refused.status).toBe(403);
    const asAdmin = await sessionCookie(admin.id);
    const reset = await callStaff(resetRoute.DELETE, {
      method: "DELETE",
      path,
      cookie: asAdmin,
      params: { id: String(user.id) },
    });
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ reset: true });
    const again = await callStaff(resetRoute.DELETE, {
      method: "DELETE",
      path,
      cookie: asAdmin,
      params: { id: String(user.id) },
    });
    expect(again.status).toBe(404);
    expect(await audits("user.second_factor_reset")).toContainEqual(
      expect.objectContaining({ userId: user.id, actor: expect.objectContaining({ id: admin.id }) }),
    );
    expect(await audits("user.second_factor_removed")).toContainEqual(expect.objectContaining({ userId: user.id }));
    const left = await t.db.read().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).all();
    expect(left).toEqual([]);
  });

  it("single sign-on users are not told they must have a second factor: their provider does it", async () => {
    const [linked, ssoOnly] = await Promise.all([addUser(t.db, "admin"), addUser(t.db, "admin")]);
    await t.db.write(async (tx) => {
      await tx
        .insert(accounts)
        .values({ provider: "oidc", subject: "sub-2fa", userId: linked.id, createdAt: new Date() })
        .run();
      await tx.update(users).set({ passwordHash: "sso-only" }).where(eq(users.id, ssoOnly.id)).run();
    });
    expect(await secondFactorStatus(linked)).toMatchObject({ required: false, sso: true });
    expect(await secondFactorStatus(ssoOnly)).toMatchObject({ required: false, sso: true });
    expect(await secondFactorStatus(admin)).toMatchObject({ required: true, sso: false });
  });
});
