import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { LOCKOUT } from "@/lib/auth/lockout";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";

let t: TestData;
let alice: TestUser, bob: TestUser;
beforeAll(async () => {
  t = createTestData({ AUTH_SECRET: TEST_SECRET });
  [alice, bob] = await Promise.all([addUser(t.db, "recruiter", "Alice"), addUser(t.db, "admin", "Bob")]);
}, 30_000);
afterAll(() => t.cleanup());
afterEach(() => vi.useRealTimers());

const fail = (user: TestUser, ip: string) => checkCredentials(user.email, "wrong password", ip);

describe("sign-in lockout", () => {
  it("accepts the right password and refuses a wrong one with the same generic answer as an unknown email", async () => {
    expect((await checkCredentials(alice.email, alice.password, "10.1.0.1")).ok).toBe(true);
    expect(await fail(alice, "10.1.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.com", "x", "10.1.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks one account from one address after 5 failures, even for the right password, then lifts after 15 minutes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const ip = "10.2.0.1";
    for (let i = 0; i < LOCKOUT.perAccount; i++) expect((await fail(alice, ip)).ok).toBe(false);
    const locked = await checkCredentials(alice.email, alice.password, ip);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);

    // The same account from another address, and another account from this one, still work.
    expect((await checkCredentials(alice.email, alice.password, "10.2.0.2")).ok).toBe(true);
    expect((await checkCredentials(bob.email, bob.password, ip)).ok).toBe(true);

    vi.setSystemTime(Date.now() + LOCKOUT.lockMs + 1000);
    expect((await checkCredentials(alice.email, alice.password, ip)).ok).toBe(true);
  });

  it("refuses an address with 20 failures for every account", async () => {
    const ip = "10.3.0.1";
    const strangers = Array.from({ length: LOCKOUT.perAddress }, (_, i) => `guess${i}@example.com`);
    for (const email of strangers) await checkCredentials(email, "guess", ip);
    expect(await checkCredentials(bob.email, bob.password, ip)).toMatchObject({ ok: false, reason: "locked" });
    expect((await checkCredentials(bob.email, bob.password, "10.3.0.2")).ok).toBe(true);
  });

  it("refuses a deactivated user like a wrong password", async () => {
    const carol = await addUser(t.db, "recruiter", "Carol");
    const { users } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    t.db.update(users).set({ active: false }).where(eq(users.id, carol.id)).run();
    expect(await checkCredentials(carol.email, carol.password, "10.4.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
