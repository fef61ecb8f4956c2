import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { StaffHeader } from "./pages/staff-header";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

test("an admin adds a user and finds it in the audit log, filtered by kind, at phone and desktop widths", async ({
  page,
}, testInfo) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/users");
  const email = `audited-${Date.now()}@e2e.test`;
  await page.getByLabel("Name", { exact: true }).fill("Ada Audited");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("hiring_manager");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator(".secret")).toBeVisible();

  await page.getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  const row = page.getByRole("row", {
    name: new RegExp(`Added Ada Audited \\(${email.replace(/[.]/g, "\\.")}\\) as hiring manager`),
  });
  await expect(row).toBeVisible();
  await expect(row).toContainText(USERS.admin.name);

  await page.getByLabel("Kind").selectOption("job.created");
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/kind=job\.created/);
  await expect(page.getByRole("cell", { name: /Added Ada Audited/ })).toHaveCount(0);
  await page.getByLabel("Kind").selectOption("user.created");
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "audit-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the staff header folds into its menu: opened, Sign out is on the screen and
  // nothing scrolls sideways.
  const header = new StaffHeader(page);
  await header.open();
  const signOut = (await header.signOut.boundingBox())!;
  expect(signOut.x + signOut.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveScreenshot(page, testInfo, "audit-phone");
});

test("a recruiter gets no Audit link and a 403 for the page", async ({ page }) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);
  expect((await page.goto("/staff/audit"))?.status()).toBe(403);
  expect((await page.request.get("/api/staff/audit")).status()).toBe(403);
});
