import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { applicant, ApplyPage } from "./pages/apply-page";
import { ConfirmationPage } from "./pages/confirmation-page";
import { localePath, SLUG } from "./pages/locale";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";

/** Screenshot first, so a page that fails axe still leaves a picture of itself. */
async function check(page: Page, testInfo: TestInfo, name: string) {
  await saveScreenshot(page, testInfo, name);
  await expectNoAxeViolations(page);
}

const pages = [
  { name: "careers-en", path: localePath("en", "/") },
  { name: "careers-sv", path: localePath("sv", "/") },
  { name: "posting-en", path: localePath("en", `/jobs/${SLUG}`) },
  { name: "posting-sv", path: localePath("sv", `/jobs/${SLUG}`) },
  { name: "apply-en", path: localePath("en", `/jobs/${SLUG}/apply`) },
  { name: "apply-sv", path: localePath("sv", `/jobs/${SLUG}/apply`) },
];

for (const { name, path } of pages) {
  test(`${name} (${path}) has no WCAG 2.1 A/AA violations`, async ({ page }, testInfo) => {
    await page.goto(path);
    await check(page, testInfo, name);
  });
}

// What Lighthouse checks beyond axe's WCAG rules: a meta description, and headings that go down
// one level at a time (heading-order).
for (const { name, path } of pages.filter((p) => !p.name.startsWith("careers"))) {
  test(`${name} (${path}) has a meta description and headings that skip no level`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S{10,}/);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0], "the first heading").toBe(1);
    const skips = levels.flatMap((level, i) =>
      i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} then h${level}`] : [],
    );
    expect(skips, `heading levels ${levels.join(" ")}`).toEqual([]);
  });
}

test("the apply form with its errors shown has no WCAG 2.1 A/AA violations", async ({ page }, testInfo) => {
  const form = new ApplyPage(page);
  await form.goto();
  await form.waitForHydration();
  await form.submit();
  await expect(form.errorSummary).toBeVisible();
  await check(page, testInfo, "apply-errors");
});

async function applyAndConfirm(page: Page) {
  const form = new ApplyPage(page);
  await form.goto();
  await form.waitForHydration();
  await form.fill(applicant());
  await form.submit();
  const confirmation = new ConfirmationPage(page);
  await expect(confirmation.heading).toHaveText("Thank you, Ada!");
  return confirmation;
}

test("the confirmation page has no WCAG 2.1 A/AA violations", async ({ page }, testInfo) => {
  await applyAndConfirm(page);
  await check(page, testInfo, "confirmation");
});

test("the status page has no WCAG 2.1 A/AA violations", async ({ page }, testInfo) => {
  const confirmation = await applyAndConfirm(page);
  await confirmation.openStatusButton.click();
  await expect(page).toHaveURL(/\/status\//);
  await check(page, testInfo, "status");
});
