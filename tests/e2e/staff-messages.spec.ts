import { expect, test, type Page } from "@playwright/test";
import { createApplication, uniqueName } from "./pages/board-page";
import { SLUG } from "./pages/locale";
import { LoginPage } from "./pages/login-page";
import { USERS } from "./users";

/**
 * Each staff page sends the browser only the message namespaces its client components use
 * (lib/i18n/client-namespaces.ts; tests/unit/client-namespaces.test.ts checks the lists against
 * the imports). Here every staff page is opened and hydrated in the browser, and a message its
 * components could not find (next-intl logs MISSING_MESSAGE and shows the key) fails the test.
 */

function missingMessages(page: Page): string[] {
  const missing: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) missing.push(message.text());
  });
  return missing;
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test("every staff page finds each message its client components use, in the browser", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const missing = missingMessages(page);
  const name = uniqueName("Mira");
  const id = await createApplication(page.request, name);
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff$/);

  const seen: string[] = [];
  for (const path of [
    "/staff",
    `/staff/jobs/${SLUG}`,
    `/staff/applications/${id}`,
    `/staff/jobs/${SLUG}/edit`,
    "/staff/jobs/new",
    "/staff/users",
    "/staff/account",
    "/staff/integrations",
    "/staff/messages",
    "/staff/talent",
    "/staff/interviews",
    "/staff/search?q=Mira",
    "/staff/reports",
    "/staff/audit",
    "/staff/outbox",
  ]) {
    await open(page, path);
    await expect(page.locator("h1").first()).toBeVisible();
    expect(missing, `messages missing on ${path}`).toEqual([]);
    seen.push(path);
  }
  // Parts drawn only on demand: a card's Move to menu on the board.
  await open(page, `/staff/jobs/${SLUG}`);
  await page.getByRole("button", { name: `Move to… (move ${name})` }).click();
  await expect(page.getByRole("menu", { name: `Move ${name} to` })).toBeVisible();

  // The sign-in page, signed out: its layout sends its own namespaces.
  const signedOut = await (await browser.newContext({ locale: "en-GB" })).newPage();
  const missingSignedOut = missingMessages(signedOut);
  await open(signedOut, "/login");
  await expect(signedOut.getByRole("button", { name: "Sign in" })).toBeVisible();

  expect(seen).toHaveLength(15);
  expect(missing).toEqual([]);
  expect(missingSignedOut).toEqual([]);
});
