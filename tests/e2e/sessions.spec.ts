import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { USERS } from "./users";

test("the account page lists where you are signed in and ends another session; after sign-out a copied cookie opens nothing", async ({
  page,
  browser,
}, testInfo) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff$/);

  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await otherPage.goto("/login");
  await new LoginPage(otherPage).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(otherPage).toHaveURL(/\/staff$/);

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  const current = page.locator("tr[data-session=current]");
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("This device");
  await expect(current).toContainText("127.0.0.1");
  await expect(page.locator("tr[data-session=other]").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("account.png"), fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "End all others" }).click();
  await expect(page.getByRole("status")).toContainText("Every other session has ended.");
  await expect(page.locator("tr[data-session=other]")).toHaveCount(0);
  expect((await otherPage.request.get("/api/staff/me")).status()).toBe(401);
  await elsewhere.close();

  const copy = (await page.context().cookies()).filter((c) => c.name.startsWith("authjs.session-token"));
  expect(copy).toHaveLength(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  const thief = await browser.newContext();
  await thief.addCookies(copy);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/staff");
  await expect(thiefPage).toHaveURL(/\/login\?next=%2Fstaff$/);
  expect((await thiefPage.request.get("/api/staff/me")).status()).toBe(401);
  await thief.close();
});

test("an admin ends all sessions of a user from the Users page", async ({ page, browser }) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
  await expect(page).toHaveURL(/\/staff$/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto("/login");
  await new LoginPage(admin).signIn(USERS.admin.email, USERS.admin.password);
  await expect(admin).toHaveURL(/\/staff$/);
  await admin.goto("/staff/users");
  await admin.getByRole("button", { name: `End sessions of ${USERS.manager.name}` }).click();
  await expect(admin.getByRole("status")).toContainText(new RegExp(`Ended \\d+ sessions? of ${USERS.manager.name}\\.`));
  await adminContext.close();

  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff$/);
});
