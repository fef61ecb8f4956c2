import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, auditLog, sessions, users } from "@/db/schema";
import { sessionFromHeaders } from "@/lib/auth/actor";
import { issuerProblem } from "@/lib/auth/oidc/discovery";
import { strictCsp, issuerOrigin } from "@/lib/security/csp";
import { updateUser } from "@/lib/users/users";
import { browser } from "../helpers/auth-flow";
import { CLIENT_ID, CLIENT_SECRET, startProvider } from "../helpers/oidc-provider.mjs";
import { finish, signInWithSso, throughProvider } from "../helpers/sso-flow";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

let t: TestData;
let provider: Awaited<ReturnType<typeof startProvider>>;
let recruiter: TestUser, admin: TestUser;
beforeAll(async () => {
  provider = await startProvider({ rekryUrl: "http://localhost" });
  t = await createTestData({
    AUTH_SECRET: TEST_SECRET,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_AUTO_CREATE_DOMAINS: "jit.example",
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ADMIN_GROUPS: "rekry-admins",
    OIDC_RECRUITER_GROUPS: "rekry-recruiters",
    PASSWORD_LOGIN: "false",
    // The break-glass admin below signs in with a password alone (second-factor.test.ts has the codes).
    MFA_REQUIRED: "off",
  });
  [recruiter, admin] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "admin")]);
}, 30_000);
afterAll(async () => {
  await t.cleanup();
  await provider.close();
});

const audits = async (action: string) =>
  (await t.db.read().select().from(auditLog).where(eq(auditLog.action, action)).all()).map((a) => a.data);
const userByEmail = (email: string) =>
  t.db.read().select().from(users).where(eq(users.emailKey, email.toLowerCase())).get();
const counts = async () => ({
  users: (await t.db.read().select().from(users).all()).length,
  accounts: (await t.db.read().select().from(accounts).all()).length,
  sessions: (await t.db.read().select().from(sessions).all()).length,
});
const actorOf = async (b: ReturnType<typeof browser>) =>
  (await sessionFromHeaders(new Headers({ cookie: `authjs.session-token=${b.jar.get("authjs.session-token")}` })))
    ?.actor;

describe("single sign-on (OIDC) against a real provider", () => {
  it("an invited user signs in, lands on the page asked for, and is linked by subject from then on", async () => {
    const sub = "sub-recruiter";
    const first = await throughProvider(
      { sub, email: recruiter.email.toUpperCase(), groups: ["rekry-recruiters"] },
      "/staff/jobs",
    );
    const done = await finish(first);
    expect(done.location).toBe("http://localhost/staff/jobs");
    expect(done.signedIn).toBe(true);
    expect(await actorOf(first.browser)).toMatchObject({ id: recruiter.id, role: "recruiter" });
    const link = await t.db.read().select().from(accounts).where(eq(accounts.subject, sub)).get();
    expect(link).toMatchObject({ provider: "oidc", userId: recruiter.id });
    expect(await audits("user.sso_linked")).toContainEqual(expect.objectContaining({ userId: recruiter.id }));
    expect((await audits("user.signed_in")).filter((a) => a.userId === recruiter.id).at(-1)).toMatchObject({
      method: "sso",
    });
    // The provider now says another email: the subject still names the same person.
    const again = await signInWithSso({ sub, email: "renamed@elsewhere.example", groups: ["rekry-recruiters"] });
    expect(again.signedIn).toBe(true);
  });

  it("a second provider account with a linked user's verified email is refused, not linked: the subject names them", async () => {
    const user = await addUser(t.db, "recruiter");
    expect((await signInWithSso({ sub: "sub-owner", email: user.email })).signedIn).toBe(true);
    const before = await counts();
    const takeover = await signInWithSso({ sub: "sub-takeover", email: user.email });
    expect(takeover.location).toBe("http://localhost/login/refused?reason=no_account");
    expect(takeover.signedIn).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await t.db.read().select().from(accounts).where(eq(accounts.userId, user.id)).all()).toEqual([
      expect.objectContaining({ subject: "sub-owner" }),
    ]);
    expect(await audits("user.signed_in_refused")).toContainEqual(
      expect.objectContaining({ reason: "no_account", subject: "sub-takeover", userId: user.id }),
    );
  });

  it("refuses, with its reason and an audit entry, an unknown email, an unverified one and a deactivated user; nothing is created", async () => {
    const deactivated = await addUser(t.db, "recruiter");
    await t.db.write((tx) => tx.update(users).set({ active: false }).where(eq(users.id, deactivated.id)).run());
    const before = await counts();
    const cases = [
      [{ sub: "sub-unknown", email: "stranger@example.com" }, "no_account"],
      [{ sub: "sub-unverified", email: recruiter.email, email_verified: false }, "not_verified"],
      [{ sub: "sub-unverified-jit", email: "new@jit.example", email_verified: false }, "not_verified"],
      [{ sub: "sub-deactivated", email: deactivated.email }, "deactivated"],
    ] as const;
    for (const [claims, reason] of cases) {
      const done = await signInWithSso(claims);
      expect(done.location, claims.sub).toBe(`http://localhost/login/refused?reason=${reason}`);
      expect(done.signedIn).toBe(false);
    }
    expect(await counts()).toEqual(before);
    const subjects = new Set<unknown>(cases.map(([c]) => c.sub));
    const refusals = (await audits("user.signed_in_refused")).filter((r) => subjects.has(r.subject));
    expect(refusals.map((r) => [r.subject, r.reason])).toEqual(cases.map(([c, r]) => [c.sub, r]));
  });

  it("creates a user from an OIDC_AUTO_CREATE_DOMAINS domain with the default role, hiring manager", async () => {
    const done = await signInWithSso({ sub: "sub-jit", email: "Nora@JIT.example", name: "Nora Jit" });
    expect(done.signedIn).toBe(true);
    expect(await userByEmail("nora@jit.example")).toMatchObject({
      name: "Nora Jit",
      role: "hiring_manager",
      active: true,
    });
    expect(await audits("user.created")).toContainEqual(
      expect.objectContaining({
        email: "Nora@JIT.example",
        role: "hiring_manager",
        actor: { type: "system", job: "sign-in" },
      }),
    );
  });

  it("the groups claim makes someone admin, ends their other sessions, and a removed group demotes them at the next sign-in", async () => {
    const user = await addUser(t.db, "hiring_manager");
    const first = await signInWithSso({ sub: "sub-grouped", email: user.email });
    const firstBrowser = await throughProvider({ sub: "sub-grouped", email: user.email });
    await finish(firstBrowser);
    expect(await actorOf(firstBrowser.browser)).toMatchObject({ role: "hiring_manager" });
    expect(first.signedIn).toBe(true);
    const promoted = await throughProvider({ sub: "sub-grouped", email: user.email, groups: ["/rekry-admins"] });
    await finish(promoted);
    expect(await actorOf(promoted.browser)).toMatchObject({ id: user.id, role: "admin" });
    expect(await actorOf(firstBrowser.browser)).toBeUndefined();
    const demoted = await throughProvider({ sub: "sub-grouped", email: user.email, groups: ["other"] });
    await finish(demoted);
    expect(await actorOf(demoted.browser)).toMatchObject({ role: "hiring_manager" });
    expect(await actorOf(promoted.browser)).toBeUndefined();
    const changes = (await audits("user.role_changed")).filter((c) => c.userId === user.id);
    expect(changes.map((c) => [c.from, c.to])).toEqual([
      ["hiring_manager", "admin"],
      ["admin", "hiring_manager"],
    ]);
  });

  it("the group mapping never demotes the last active admin: they keep the role", async () => {
    const user = await addUser(t.db, "hiring_manager");
    await signInWithSso({ sub: "sub-last-admin", email: user.email, groups: ["rekry-admins"] });
    expect(await userByEmail(user.email)).toMatchObject({ role: "admin" });
    const others = (await t.db.read().select().from(users).all()).filter(
      (u) => u.role === "admin" && u.active && u.id !== user.id,
    );
    const setActive = (active: boolean) =>
      t.db.write(async (tx) => {
        for (const o of others) await tx.update(users).set({ active }).where(eq(users.id, o.id)).run();
      });
    await setActive(false);
    try {
      const done = await signInWithSso({ sub: "sub-last-admin", email: user.email, groups: ["other"] });
      expect(done.signedIn).toBe(true);
      expect(await userByEmail(user.email)).toMatchObject({ role: "admin", active: true });
    } finally {
      await setActive(true);
    }
    const changes = (await audits("user.role_changed")).filter((c) => c.userId === user.id);
    expect(changes.map((c) => [c.from, c.to])).toEqual([["hiring_manager", "admin"]]);
  });

  it("an admin's deactivation or role change ends a live SSO session at once", async () => {
    const [leaving, moving] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "recruiter")]);
    const signedIn = async (user: TestUser, sub: string) => {
      const flow = await throughProvider({ sub, email: user.email, groups: ["rekry-recruiters"] });
      expect((await finish(flow)).signedIn).toBe(true);
      expect(await actorOf(flow.browser)).toMatchObject({ id: user.id });
      return flow.browser;
    };
    const [leavingBrowser, movingBrowser] = [
      await signedIn(leaving, "sub-leaving"),
      await signedIn(moving, "sub-moving"),
    ];
    await updateUser(admin, leaving.id, { active: false });
    expect(await actorOf(leavingBrowser)).toBeUndefined();
    await updateUser(admin, moving.id, { role: "hiring_manager" });
    expect(await actorOf(movingBrowser)).toBeUndefined();
  });

  describe("the ID token is checked by Auth.js: a bad one is refused and nothing is created", () => {
    const now = () => Math.floor(Date.now() / 1000);
    // Each refusal is audited with the check that failed; Auth.js answers ?error=Configuration to its own.
    type Case = { tamper: Parameters<typeof provider.setTamper>[0]; check: string; error?: string };
    const cases: Record<string, Case> = {
      "wrong issuer": { tamper: { claims: { iss: "http://127.0.0.1:9/not-the-issuer" } }, check: "iss" },
      "wrong audience": { tamper: { claims: { aud: "another-client" } }, check: "aud" },
      expired: { tamper: { claims: { exp: now() - 3600, iat: now() - 7200 } }, check: "exp" },
      "bad signature": { tamper: { badSignature: true }, check: "signature", error: "Signature" },
      "wrong nonce": { tamper: { claims: { nonce: "not-the-nonce-we-sent" } }, check: "nonce" },
    };
    const tokenRefusals = async () =>
      (await audits("user.signed_in_refused")).filter((a) => a.reason === "invalid_token");
    for (const [name, { tamper, check, error = "Configuration" }] of Object.entries(cases)) {
      it(name, async () => {
        const before = await counts();
        const refusedBefore = (await tokenRefusals()).length;
        const email = `tampered-${name.replace(/\W/g, "")}@jit.example`;
        provider.setTamper(tamper);
        try {
          const done = await signInWithSso({ sub: `sub-${name}`, email });
          expect(done.signedIn).toBe(false);
          expect(done.location).toBe(`http://localhost/login/refused?error=${error}`);
        } finally {
          provider.setTamper(null);
        }
        expect(await counts()).toEqual(before);
        expect(await userByEmail(email)).toBeUndefined();
        expect((await tokenRefusals()).slice(refusedBefore)).toEqual([
          { reason: "invalid_token", email: "", check, actor: { type: "system", job: "sign-in" } },
        ]);
      });
    }

    it("replayed state: the provider's answer used again, or in another browser, is refused", async () => {
      const flow = await throughProvider({
        sub: "sub-recruiter",
        email: recruiter.email,
        groups: ["rekry-recruiters"],
      });
      const stranger = await finish(flow, browser("10.9.9.9"));
      expect(stranger.signedIn).toBe(false);
      expect(stranger.location).toBe("http://localhost/login/refused?error=Configuration");
      expect((await tokenRefusals()).at(-1)).toMatchObject({ check: "state" });
      const first = await finish(flow);
      expect(first.signedIn).toBe(true);
      const before = await counts();
      const replay = browser("10.9.9.8");
      for (const [k, v] of flow.browser.jar) if (k !== "authjs.session-token") replay.jar.set(k, v);
      const refusedBefore = (await tokenRefusals()).length;
      const again = await finish(flow, replay);
      expect(again.signedIn).toBe(false);
      expect(again.location).toMatch(/^http:\/\/localhost\/login\/refused\?error=/);
      expect((await tokenRefusals()).length).toBe(refusedBefore + 1);
      expect(await counts()).toEqual(before);
    });
  });

  it("with PASSWORD_LOGIN=false a password opens nothing, even at Auth.js's own callback, except an admin's (break-glass, audited)", async () => {
    const r = browser();
    await r.signIn(recruiter.email, recruiter.password);
    expect(r.jar.has("authjs.session-token")).toBe(false);
    expect(await audits("user.signed_in")).not.toContainEqual(
      expect.objectContaining({ userId: recruiter.id, method: "password" }),
    );
    expect(await audits("user.signed_in_refused")).toContainEqual({
      reason: "password_login_off",
      email: recruiter.email,
      userId: recruiter.id,
      actor: { type: "system", job: "sign-in" },
    });
    const a = browser("10.9.7.7");
    await a.signIn(admin.email, admin.password);
    expect(await actorOf(a)).toMatchObject({ id: admin.id });
    expect(await audits("user.signed_in_break_glass")).toEqual([
      expect.objectContaining({ userId: admin.id, email: admin.email, ip: "10.9.7.7" }),
    ]);
  });

  it("start-up stops with one line for an unreachable issuer or one whose discovery names another issuer", async () => {
    expect(await issuerProblem({ OIDC_ISSUER: provider.issuer })).toBeNull();
    const unreachable = await issuerProblem({ OIDC_ISSUER: "http://127.0.0.1:9" });
    expect(unreachable).toMatch(
      /^OIDC_ISSUER: could not reach http:\/\/127\.0\.0\.1:9\/\.well-known\/openid-configuration/,
    );
    expect(unreachable).not.toContain("\n");
    expect(await issuerProblem({ OIDC_ISSUER: `${provider.issuer}/other` })).toMatch(/^OIDC_ISSUER: .* answered 404$/);
  });

  it("the CSP's form-action allows exactly the issuer's origin", () => {
    const csp = strictCsp("n0nce", issuerOrigin(provider.issuer));
    expect(csp).toContain(`form-action 'self' ${provider.issuer};`);
    expect(strictCsp("n0nce", null)).toContain("form-action 'self';");
  });
});
