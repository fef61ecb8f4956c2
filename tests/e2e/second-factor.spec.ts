import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { codeAt, PERIOD_SECONDS } from "@/lib/auth/second-factor/totp";
import { LoginPage } from "./pages/login-page";
import { saveScreenshot } from "./support/screenshot";
import { ExtraServer } from "./support/server";

const ADMIN = "mfa-admin@example.com";
const STEP = PERIOD_SECONDS * 1000;

/**
 * On a server of its own with the default MFA_REQUIRED=admin: the first admin must set up a
 * second factor at sign-in, then signs in with a code, is refused the same code again, and gets
 * in with a recovery code.
 */
test("an admin sets up a second factor at sign-in, then signs in with a code, not a replayed one, and with a recovery code", async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const port = Number(process.env.E2E_EXTRA_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 70);
  const dir = path.resolve(".tmp", `second-factor-${port}`);
  rmSync(dir, { recursive: true, force: true });
  const log = path.join(dir, "server.log");
  const server = new ExtraServer(port, dir, log, { ADMIN_EMAIL: ADMIN, MFA_REQUIRED: "admin" });
  try {
    await server.start();
    const password = /password: (\S+)/.exec(readFileSync(log, "utf8"))![1]!;
    const login = new LoginPage(page);
    const signOut = async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
    };

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseURL}/staff/users`);
    await login.signIn(ADMIN, password);
    await expect(page.getByText("Your account needs a second factor")).toBeVisible();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    await saveScreenshot(page, testInfo, "enrol-390");
    const secret = (await page.getByTestId("totp-key").innerText()).replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.locator(".error-summary")).toContainText("That code is not right");
    const enrolCode = codeAt(secret, Date.now());
    await page.getByLabel("Code from the app").fill(enrolCode);
    await page.getByRole("button", { name: "Confirm" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recovery = await codes.nth(0).innerText();
    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, testInfo, "recovery-codes-1280");
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/staff\/users$/);
    await signOut();

    // The code just used to enrol is refused (same time step); the next step's code passes.
    await page.goto(`${server.baseURL}/login?next=/staff/account`);
    await login.signIn(ADMIN, password);
    const code = page.getByLabel("Code from your authenticator app");
    await code.fill(enrolCode);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.locator(".error-summary")).toContainText("That code is not right");
    await code.fill(codeAt(secret, Date.now() + STEP));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(/\/staff\/account$/);
    await expect(page.getByText("Your second factor is on. 10 of 10 recovery codes left.")).toBeVisible();
    await signOut();

    await page.goto(`${server.baseURL}/login?next=/staff/account`);
    await login.signIn(ADMIN, password);
    await code.fill(recovery);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByText("9 of 10 recovery codes left")).toBeVisible();
  } finally {
    server.kill("SIGTERM");
  }
});
