import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, loginFailures, users } from "@/db/schema";
import { checkCredentials, deviceCookieFor } from "@/lib/auth/credentials";
import { accountDelayMs, recordFailure, THROTTLE } from "@/lib/auth/lockout";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";

let t: TestData;
let alice: TestUser, bob: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [alice, bob] = await Promise.all([addUser(t.db, "recruiter", "Alice"), addUser(t.db, "admin", "Bob")]);
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(async () => {
  await t.db.write((tx) => tx.delete(loginFailures).run());
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => vi.useRealTimers());

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const tryAs = (user: TestUser, password: string, ip: string, cookie?: string) =>
  checkCredentials(user.email, password, { ip, cookie });
const fail = (user: TestUser, ip: string, cookie?: string) => tryAs(user, "wrong password", ip, cookie);
const right = (user: TestUser, ip: string, cookie?: string) => tryAs(user, user.password, ip, cookie);
const wait = (ms: number) => vi.setSystemTime(Date.now() + ms);
const retryAfter = (r: Awaited<ReturnType<typeof checkCredentials>>) =>
  r.ok || r.reason !== "locked" ? 0 : r.retryAfterSeconds;
const lockoutAudits = async (user: TestUser) =>
  (
    await t.db
      .read()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "user.signed_in_failed_lockout"))
      .orderBy(auditLog.id)
      .all()
  ).filter((a) => a.data.userId === user.id);
/** `count` wrong passwords that are actually checked, each made as soon as the throttle allows. */
async function guess(user: TestUser, ip: string, count: number): Promise<void> {
  for (let done = 0; done < count;) {
    const r = await fail(user, ip);
    if (r.ok || r.reason === "invalid") done++;
    else wait(r.retryAfterSeconds * SECOND);
  }
}
const deviceOf = (user: TestUser) => {
  const d = deviceCookieFor(user.email);
  return `${d.name}=${d.value}`;
};

describe("sign-in throttling", () => {
  it("accepts the right password and refuses a wrong one with the same generic answer as an unknown email", async () => {
    expect((await right(alice, "10.1.0.1")).ok).toBe(true);
    expect(await fail(alice, "10.1.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.com", "x", { ip: "10.1.0.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("after 5 failures at an account, from any addresses, each next attempt waits 1 s, 2 s, 4 s: a delay, counted per account", async () => {
    for (let i = 0; i < THROTTLE.freeFailures; i++)
      expect(await fail(alice, `10.2.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    // The right password from a new address must wait too: the count is the account's.
    expect(await right(alice, "10.2.1.1")).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 1 });
    // Another account is not slowed at all.
    expect((await right(bob, "10.2.0.1")).ok).toBe(true);

    wait(1 * SECOND);
    expect(await fail(alice, "10.2.1.1")).toEqual({ ok: false, reason: "invalid" });
    expect(retryAfter(await fail(alice, "10.2.1.1"))).toBe(2);
    wait(2 * SECOND);
    expect(await fail(alice, "10.2.1.2")).toEqual({ ok: false, reason: "invalid" });
    expect(retryAfter(await right(alice, "10.2.1.3"))).toBe(4);
    wait(4 * SECOND);
    expect((await right(alice, "10.2.1.3")).ok).toBe(true);
  });

  it("does not count attempts refused while waiting, and caps the delay at 15 minutes instead of locking", async () => {
    expect(accountDelayMs(THROTTLE.freeFailures + 40)).toBe(15 * MINUTE);
    for (let i = 0; i < THROTTLE.freeFailures; i++) await fail(alice, "10.3.0.1");
    for (let i = 0; i < 50; i++) expect(retryAfter(await fail(alice, "10.3.0.1"))).toBe(1);
    wait(1 * SECOND);
    expect((await right(alice, "10.3.0.1")).ok).toBe(true);

    // Twenty more real guesses, each as soon as allowed: the wait stops growing at 15 minutes.
    await guess(alice, "10.3.0.1", 20);
    expect(retryAfter(await right(alice, "10.3.0.1"))).toBe(15 * 60);
    wait(15 * MINUTE);
    expect((await right(alice, "10.3.0.1")).ok).toBe(true);
  });

  it("an attacker failing hundreds of times from the admin's own address cannot keep out an admin whose browser has the device cookie", async () => {
    const ip = "10.4.0.1";
    expect((await right(bob, ip)).ok).toBe(true);
    const device = deviceOf(bob);
    // The attacker hammers the admin: 300 attempts, one every 10 seconds; few are even checked ...
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const r = await fail(bob, ip);
      expect(r.ok).toBe(false);
      if (!r.ok && r.reason === "invalid") checked++;
      wait(10 * SECOND);
    }
    expect(checked).toBeLessThan(20); // 5 free, then one per doubling wait: 1 s, 2 s ... 15 min
    // ... then sprays other accounts from the same address, past the address backstop.
    for (let i = 0; i < THROTTLE.perAddress + 50; i++)
      await recordFailure(t.db, { ip, emailKey: `guess${i}@example.com`, deviceId: null });
    // Without the cookie the admin would have to wait; with it, the right password gets in at once.
    expect(retryAfter(await right(bob, ip))).toBeGreaterThan(0);
    expect((await right(bob, ip, device)).ok).toBe(true);
  });

  it("without a device cookie, the admin gets in once the delay has passed, not after a 15-minute lock", async () => {
    const ip = "10.5.0.1";
    await guess(bob, ip, THROTTLE.freeFailures + 3);
    const seconds = retryAfter(await right(bob, ip));
    expect(seconds).toBe(8);
    wait(seconds * SECOND);
    expect((await right(bob, ip)).ok).toBe(true);
  });

  it("pauses an address after 100 failures from it (a coarse backstop), except for browsers with a device cookie", async () => {
    const ip = "10.6.0.1";
    expect((await right(alice, ip)).ok).toBe(true);
    const device = deviceOf(alice);
    for (let i = 0; i < THROTTLE.perAddress; i++)
      await recordFailure(t.db, { ip, emailKey: `spray${i}@example.com`, deviceId: null });
    expect(retryAfter(await right(alice, ip))).toBe(15 * 60);
    expect((await right(alice, "10.6.0.2")).ok).toBe(true);
    expect((await right(alice, ip, device)).ok).toBe(true);
    wait(15 * MINUTE);
    expect((await right(alice, ip)).ok).toBe(true);
  });

  it("a device cookie that sees 10 failures locks only itself, and is recorded in the audit trail", async () => {
    const ip = "10.7.0.1";
    expect((await right(alice, ip)).ok).toBe(true);
    const stolen = deviceOf(alice);
    const own = deviceOf(alice);
    for (let i = 0; i < THROTTLE.perDevice; i++)
      expect(await fail(alice, ip, stolen)).toEqual({ ok: false, reason: "invalid" });
    expect(retryAfter(await right(alice, ip, stolen))).toBeGreaterThan(0);
    expect((await right(alice, ip, own)).ok).toBe(true);
    expect((await right(alice, ip)).ok).toBe(true);
    expect((await lockoutAudits(alice)).at(-1)?.data).toMatchObject({
      userId: alice.id,
      scope: "device",
      failures: THROTTLE.perDevice,
    });
  });

  it("a device cookie counts only for the account it was issued to", async () => {
    const ip = "10.8.0.1";
    expect((await right(alice, ip)).ok).toBe(true);
    const alices = deviceCookieFor(alice.email).value;
    const bobsName = deviceCookieFor(bob.email).name;
    for (let i = 0; i < THROTTLE.freeFailures; i++) await fail(bob, `10.8.1.${i}`);
    expect(retryAfter(await right(bob, ip, `${bobsName}=${alices}`))).toBe(1);
  });

  it("writes user.signed_in_failed_lockout once when an account starts being slowed down", async () => {
    const before = (await lockoutAudits(bob)).length;
    for (let i = 0; i < THROTTLE.freeFailures; i++) await fail(bob, "10.9.0.1");
    wait(SECOND);
    await fail(bob, "10.9.0.1");
    const after = await lockoutAudits(bob);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)?.data).toMatchObject({
      userId: bob.id,
      scope: "account",
      failures: THROTTLE.freeFailures,
      ip: "10.9.0.1",
    });
  });

  it("refuses a deactivated user like a wrong password", async () => {
    const carol = await addUser(t.db, "recruiter", "Carol");
    await t.db.write((tx) => tx.update(users).set({ active: false }).where(eq(users.id, carol.id)).run());
    expect(await right(carol, "10.10.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
