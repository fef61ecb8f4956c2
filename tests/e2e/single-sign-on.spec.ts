import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { ExtraServer } from "./support/server";

const BASE = Number(process.env.E2E_EXTRA_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 70);
const ADMIN = "boss@example.com";
const LABEL = "Sign in with Test IdP";

/** tests/helpers/oidc-provider.mjs in a process of its own; resolves with its issuer once it listens. */
function startProvider(port: number, rekryUrl: string): Promise<{ issuer: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["tests/helpers/oidc-provider.mjs", String(port), rekryUrl], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", (line: Buffer) => resolve({ issuer: line.toString().trim(), child }));
    child.once("exit", (code) => reject(new Error(`the OpenID provider exited (${code})`)));
  });
}

/** Through the login page's SSO button and the provider's own login form, as `claims` say. */
async function ssoSignIn(page: Page, claims: { sub: string; email: string; groups?: string; verified?: boolean }) {
  // A fresh sign-in at the provider each time (its session cookies would otherwise name the last user).
  await page.context().clearCookies({ name: /^_(session|interaction|resume)/ });
  await page.getByRole("button", { name: LABEL }).click();
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.getByLabel("Subject").fill(claims.sub);
  await page.getByLabel("Email", { exact: true }).fill(claims.email);
  await page.getByLabel("Groups").fill(claims.groups ?? "");
  if (claims.verified === false) await page.getByLabel("Email verified").uncheck();
  await page.getByRole("button", { name: "Sign in at the provider" }).click();
}

test("single sign-on: invited, refused three ways, created just in time, promoted and demoted by groups; PASSWORD_LOGIN=false keeps only the break-glass door", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const dir = path.resolve(".tmp", `sso-${BASE}`);
  rmSync(dir, { recursive: true, force: true });
  const rekryUrl = `http://127.0.0.1:${BASE + 1}`;
  const { issuer, child } = await startProvider(BASE + 2, rekryUrl);
  const log = path.join(dir, "server.log");
  const server = new ExtraServer(BASE + 1, dir, log, {
    ADMIN_EMAIL: ADMIN,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: "rekry",
    OIDC_CLIENT_SECRET: "rekry-test-client-secret",
    OIDC_LABEL: LABEL,
    OIDC_AUTO_CREATE_DOMAINS: "jit.example",
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ADMIN_GROUPS: "rekry-admins",
    OIDC_RECRUITER_GROUPS: "rekry-recruiters",
    PASSWORD_LOGIN: "false",
  });
  try {
    await server.start();
    const signOut = async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByText("You are signed out of Rekry.")).toBeVisible();
    };

    // The invited first admin, asked for the reports, lands there; the password form is hidden.
    const answer = await page.goto(`${server.baseURL}/staff/reports`);
    expect(answer!.headers()["content-security-policy"]).toContain(`form-action 'self' ${issuer};`);
    await expect(page.getByLabel("Password")).toHaveCount(0);
    await saveScreenshot(page, testInfo, "login-sso-1280");
    await ssoSignIn(page, { sub: "boss", email: ADMIN, groups: "rekry-admins" });
    await expect(page).toHaveURL(`${server.baseURL}/staff/reports`);
    await signOut();
    const providerSignOut = page.getByRole("link", { name: "Sign out of your organisation's account too" });
    await expect(providerSignOut).toHaveAttribute("href", new RegExp(`^${issuer}/session/end\\?`));

    // Refused, each with its own plain reason.
    for (const [claims, title] of [
      [{ sub: "stranger", email: "stranger@elsewhere.example" }, "There is no Rekry account for you"],
      [{ sub: "unverified", email: "una@jit.example", verified: false }, "Your email address is not verified"],
    ] as const) {
      await page.goto(`${server.baseURL}/login`);
      await ssoSignIn(page, claims);
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, testInfo, "refused-390");
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Just in time: a hiring manager; the admin group promotes, its removal demotes.
    for (const [groups, label] of [
      ["", "Hiring manager"],
      ["rekry-admins", "Admin"],
      ["other-team", "Hiring manager"],
    ] as const) {
      await page.goto(`${server.baseURL}/login?next=/staff/account`);
      await ssoSignIn(page, { sub: "nora", email: "nora@jit.example", groups });
      await expect(page).toHaveURL(`${server.baseURL}/staff/account`);
      await expect(page.getByText(`nora@jit.example · ${label}`)).toBeVisible();
      await signOut();
    }

    // The admin deactivates her; her next single sign-on is refused.
    await page.goto(`${server.baseURL}/login?next=/staff/users`);
    await ssoSignIn(page, { sub: "boss", email: ADMIN, groups: "rekry-admins" });
    await page.getByRole("button", { name: "Deactivate nora@jit.example" }).click();
    await expect(page.getByRole("row", { name: /nora@jit\.example/ })).toContainText("Deactivated");
    await signOut();
    await page.goto(`${server.baseURL}/login`);
    await ssoSignIn(page, { sub: "nora", email: "nora@jit.example" });
    await expect(page.getByRole("heading", { name: "Your Rekry account is deactivated" })).toBeVisible();

    // Break-glass: the first admin's password, at /login?password only, and loudly audited.
    const password = /password: (\S+)/.exec(readFileSync(log, "utf8"))![1]!;
    await page.goto(`${server.baseURL}/login?password&next=/staff/audit`);
    await page.getByLabel("Email").fill(ADMIN);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${server.baseURL}/staff/audit`);
    await expect(page.getByText(`BREAK-GLASS: ${ADMIN} signed in with a password`)).toBeVisible();
  } finally {
    server.kill("SIGTERM");
    child.kill();
  }
});
