import { and, eq } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as me from "@/app/api/staff/me/route";
import * as userSessions from "@/app/api/staff/users/[id]/sessions/route";
import { auditLog, sessions } from "@/db/schema";
import { sessionFromHeaders } from "@/lib/auth/actor";
import { endOtherSessions, endOwnSession, listOwnSessions } from "@/lib/auth/account-sessions";
import { authConfig } from "@/lib/auth/config";
import { LAST_SEEN_EVERY_MS } from "@/lib/auth/sessions";
import { browser } from "../helpers/auth-flow";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, TEST_SECRET, type TestUser } from "../helpers/staff";

const SALT = "authjs.session-token";
const DAY = 24 * 60 * 60 * 1000;

let t: TestData;
let admin: TestUser, recruiter: TestUser;
beforeAll(async () => {
  // Sessions with a password alone; the second factor has tests of its own (second-factor.test.ts).
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, MFA_REQUIRED: "off" });
  [admin, recruiter] = await Promise.all([addUser(t.db, "admin"), addUser(t.db, "recruiter")]);
}, 30_000);
afterAll(() => t.cleanup());
afterEach(() => vi.useRealTimers());

const status = async (cookie: string) => (await callStaff(me.GET, { cookie })).status;
const signedIn = async (cookie: string) => (await sessionFromHeaders(new Headers({ cookie })))!;
const audits = (action: string) => t.db.read().select().from(auditLog).where(eq(auditLog.action, action)).all();

/** What the proxy does on a page view: the same claims, re-encrypted with a fresh 8-hour expiry. */
async function renewed(cookie: string): Promise<string> {
  const claims = await decode({ token: cookie.split("=")[1], secret: TEST_SECRET, salt: SALT });
  const next = authConfig.callbacks.jwt({ token: claims! } as Parameters<typeof authConfig.callbacks.jwt>[0]);
  if (!next) return "authjs.session-token=";
  return `authjs.session-token=${await encode({ token: next, secret: TEST_SECRET, salt: SALT, maxAge: 8 * 60 * 60 })}`;
}

async function signedInAs(user: TestUser, ip = "10.9.0.1", userAgent = "Test browser") {
  const b = browser(ip, userAgent);
  const res = await b.signIn(user.email, user.password);
  expect(res.headers.get("location") ?? "").not.toContain("error");
  return b;
}

describe("server-side sessions", () => {
  it("a cookie captured before sign-out is refused after sign-out, though its decryption is remembered", async () => {
    const b = await signedInAs(recruiter);
    const copy = b.sessionCookie();
    expect(await status(copy)).toBe(200);
    expect(await status(copy)).toBe(200);
    await b.signOut();
    expect(await status(copy)).toBe(401);
    expect((await audits("user.signed_out")).at(-1)?.data).toMatchObject({ userId: recruiter.id });
  });

  it("keeps who signed in, from where and with what, and writes last seen at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const b = await signedInAs(recruiter, "10.9.0.7", "Firefox on a laptop");
    const cookie = b.sessionCookie();
    const { sessionId } = await signedIn(cookie);
    const row = async () => (await t.db.read().select().from(sessions).where(eq(sessions.id, sessionId)).get())!;
    expect(await row()).toMatchObject({
      userId: recruiter.id,
      ip: "10.9.0.7",
      userAgent: "Firefox on a laptop",
      revokedAt: null,
    });
    const first = (await row()).lastSeenAt.getTime();
    vi.setSystemTime(first + LAST_SEEN_EVERY_MS / 2);
    expect(await status(cookie)).toBe(200);
    expect((await row()).lastSeenAt.getTime()).toBe(first);
    vi.setSystemTime(first + LAST_SEEN_EVERY_MS + 1);
    expect(await status(cookie)).toBe(200);
    expect((await row()).lastSeenAt.getTime()).toBe(first + LAST_SEEN_EVERY_MS + 1);
  });

  it("a session past SESSION_MAX_DAYS (7 by default) is refused even though its cookie was renewed all along", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    let cookie = (await signedInAs(recruiter)).sessionCookie();
    // A page view every six hours: each renewal would have kept the old 8-hour cookie going forever.
    for (let hours = 6; hours < 7 * 24; hours += 6) {
      vi.setSystemTime(start + hours * 60 * 60 * 1000);
      cookie = await renewed(cookie);
      expect(await status(cookie), `after ${hours} hours`).toBe(200);
    }
    vi.setSystemTime(start + 7 * DAY - 60_000);
    cookie = await renewed(cookie);
    expect(await status(cookie)).toBe(200);
    // A renewal made in the last minute still holds a valid 8-hour token, and is refused anyway.
    vi.setSystemTime(start + 7 * DAY + 1000);
    expect(await status(cookie)).toBe(401);
    // And the proxy stops renewing it: the jwt callback drops the claims, which clears the cookie.
    expect(await renewed(cookie)).toBe("authjs.session-token=");
  });

  it("lists the user's own sessions with this device marked; ending one from the account page refuses that cookie", async () => {
    const laptop = (await signedInAs(admin, "10.9.1.1", "Laptop")).sessionCookie();
    const phone = (await signedInAs(admin, "10.9.1.2", "Phone")).sessionCookie();
    const tablet = (await signedInAs(admin, "10.9.1.3", "Tablet")).sessionCookie();
    const here = await signedIn(laptop);
    const list = await listOwnSessions(here);
    expect(list.map((s) => [s.userAgent, s.current]).sort()).toEqual([
      ["Laptop", true],
      ["Phone", false],
      ["Tablet", false],
    ]);
    expect(list.every((s) => s.ip.startsWith("10.9.1."))).toBe(true);

    await endOwnSession(here, (await signedIn(phone)).sessionId);
    expect(await status(phone)).toBe(401);
    expect(await status(laptop)).toBe(200);
    expect(await status(tablet)).toBe(200);
    expect((await audits("session.ended")).at(-1)?.data).toMatchObject({
      userId: admin.id,
      actor: { type: "user", id: admin.id },
    });

    expect(await endOtherSessions(here)).toBe(1);
    expect(await status(tablet)).toBe(401);
    expect(await status(laptop)).toBe(200);
    expect((await listOwnSessions(here)).map((s) => s.userAgent)).toEqual(["Laptop"]);
  });

  it("does not let anyone end another user's session by its id", async () => {
    const theirs = (await signedInAs(recruiter)).sessionCookie();
    const mine = await signedIn((await signedInAs(admin)).sessionCookie());
    const theirId = (await signedIn(theirs)).sessionId;
    await expect(endOwnSession(mine, theirId)).rejects.toThrow(/already ended/);
    expect(await status(theirs)).toBe(200);
  });

  it("an admin ends all of a user's sessions through the staff API; others may not", async () => {
    const one = (await signedInAs(recruiter, "10.9.2.1")).sessionCookie();
    const two = (await signedInAs(recruiter, "10.9.2.2")).sessionCookie();
    const adminCookie = (await signedInAs(admin)).sessionCookie();
    const path = `/api/staff/users/${recruiter.id}/sessions`;
    const params = { id: String(recruiter.id) };
    expect((await callStaff(userSessions.DELETE, { method: "DELETE", path, params, cookie: one })).status).toBe(403);

    const res = await callStaff(userSessions.DELETE, { method: "DELETE", path, params, cookie: adminCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(((await res.json()) as { revoked: number }).revoked).toBeGreaterThanOrEqual(2);
    expect(await status(one)).toBe(401);
    expect(await status(two)).toBe(401);
    expect(await status(adminCookie)).toBe(200);
    expect(
      (
        await t.db
          .read()
          .select()
          .from(sessions)
          .where(and(eq(sessions.userId, recruiter.id)))
          .all()
      ).every((s) => s.revokedAt),
    ).toBe(true);
    expect((await audits("user.sessions_ended")).at(-1)?.data).toMatchObject({
      userId: recruiter.id,
      actor: { type: "user", id: admin.id },
    });

    const missing = await callStaff(userSessions.DELETE, {
      method: "DELETE",
      path: "/api/staff/users/999999/sessions",
      params: { id: "999999" },
      cookie: adminCookie,
    });
    expect(missing.status).toBe(404);
  });

  it("refuses a token without a server-side session, as every token issued before sessions existed", async () => {
    const bare = `authjs.session-token=${await encode({ token: { sub: String(admin.id), sv: 1 }, secret: TEST_SECRET, salt: SALT })}`;
    expect(await status(bare)).toBe(401);
  });
});
