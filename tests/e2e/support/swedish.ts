import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { LoginPage } from "../pages/login-page";
import { USERS } from "../users";
import { expectNoAxeViolations } from "./axe";
import { saveScreenshot } from "./screenshot";

/**
 * What the Swedish browser specs (tests/e2e/swedish-*.spec.ts) share: signing a staff user in
 * in a browser of its own, picking Swedish, and looking at a page at both widths.
 */

/** Signs in in a new browser context (English unless `locale` says otherwise), on the account page. */
export async function signedIn(browser: Browser, email: string, password: string, locale = "en-GB"): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await page.goto("/staff/account");
  await new LoginPage(page).signIn(email, password);
  // A sign-in hashes a password (scrypt): on a busy machine that takes a while.
  await expect(page).toHaveURL(/\/staff\/account$/, { timeout: 30_000 });
  return page;
}

/** Picks Swedish on the account page, from English. */
export async function chooseSwedish(page: Page): Promise<void> {
  await page.getByLabel("Language of the staff pages and your emails").selectOption("sv");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();
}

/** Signs in in a fresh browser and picks Swedish on the account page. */
export async function swedishUser(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await signedIn(browser, email, password);
  await chooseSwedish(page);
  return page;
}

/**
 * The check each Swedish page gets at both widths the issue asks for (1280 and 360 px): a
 * screenshot named `{prefix}-{name}-{width}` to look at, axe, and no sideways scroll. With
 * `thenWidth`, the page is set back to that width afterwards for the steps that follow.
 */
export function widthChecks(prefix: string, { thenWidth }: { thenWidth?: number } = {}) {
  return async function atBothWidths(page: Page, name: string, testInfo: TestInfo): Promise<void> {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      // From the top: scrolled, the sticky header lies over the page and axe misreads its contrast.
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, testInfo, `${prefix}-${name}-${width}`);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    }
    if (thenWidth) await page.setViewportSize({ width: thenWidth, height: 900 });
  };
}

/** The seeded admin, signed in in a browser of its own (English). */
export async function signedInAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await page.goto("/staff");
  await new LoginPage(page).signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

/**
 * A staff user of the test's own, made by an admin through the staff API, so a language choice
 * cannot leak into other specs' English pages.
 */
export async function addStaffUser(
  admin: Page,
  origin: string,
  name: string,
  role: "admin" | "recruiter" | "hiring_manager",
): Promise<{ email: string; password: string }> {
  const email = `${name.split(" ")[0]!.toLowerCase()}-${Date.now()}@e2e.test`;
  const created = await admin.request.post("/api/staff/users", { data: { name, email, role }, headers: { origin } });
  expect(created.status()).toBe(201);
  const { password } = (await created.json()) as { password: string };
  return { email, password };
}
