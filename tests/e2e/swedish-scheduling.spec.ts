import { expect, test, type Browser, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

type TestInfo = Parameters<Parameters<typeof test>[2]>[1];

/** Both widths, each checked with axe, looked at, and kept from scrolling sideways. */
async function atBothWidths(page: Page, name: string, testInfo: TestInfo) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    // From the top: scrolled, the sticky header lies over the page and axe misreads its contrast.
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, testInfo, `swedish-${name}-${width}`);
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
  }
}

/** Signs in in a fresh browser and picks Swedish on the account page. */
async function swedishUser(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/staff/account");
  await new LoginPage(page).signIn(email, password);
  await expect(page).toHaveURL(/\/staff\/account$/);
  await page.getByLabel("Language of the staff pages and your emails").selectOption("sv");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();
  return page;
}

test("staff who pick Swedish get scheduling, messages, integrations, search and the talent pool in Swedish", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  // Six pages, each at two widths with axe.
  test.setTimeout(300_000);
  const origin = baseURL!;
  const adminContext = await browser.newContext({ locale: "en-GB" });
  const admin = await adminContext.newPage();
  await admin.goto("/staff/account");
  await new LoginPage(admin).signIn(USERS.admin.email, USERS.admin.password);
  await expect(admin).toHaveURL(/\/staff\/account$/);
  // Users of their own, so the language choice cannot leak into other specs' English pages.
  const newUser = async (name: string, role: "recruiter" | "admin") => {
    const email = `${role}-${Date.now()}@e2e.test`;
    const created = await admin.request.post("/api/staff/users", { data: { name, email, role }, headers: { origin } });
    expect(created.status()).toBe(201);
    return { email, password: ((await created.json()) as { password: string }).password };
  };
  const stina = await newUser("Stina Schema", "recruiter");
  const ivar = await newUser("Ivar Integration", "admin");
  await adminContext.close();

  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Olle Kalender",
      email: `olle-${Date.now()}@example.com`,
      country: "SE",
      githubUrl: "https://github.com/olle",
      privacyConsent: "true",
      futureRolesConsent: "true",
      locale: "sv",
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };

  const page = await swedishUser(browser, stina.email, stina.password);
  const nav = page.getByRole("navigation", { name: "Personal" });
  await expect(nav.getByRole("link", { name: "Sök", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Talangpool" })).toBeVisible();

  await expect(page.getByRole("heading", { name: "Tidsbokning" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Intervjutider" })).toBeVisible();
  await expect(page.getByLabel("Din tidszon")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kalender för upptagna tider" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Anslut kalender" })).toBeVisible();
  await atBothWidths(page, "account-scheduling", testInfo);

  // The application page's self-scheduling panel, with the email preview open.
  const moved = await page.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin },
  });
  expect(moved.status()).toBe(200);
  await page.goto(`/staff/applications/${id}`);
  const form = page.getByRole("form", { name: "Låt kandidaten välja tid" });
  await form.getByLabel("Meddelande till kandidaten").fill("Vi ses på kontoret i Göteborg.");
  await form.getByRole("button", { name: "Förhandsgranska mejlet" }).click();
  const preview = form.getByRole("region", { name: "Innan du skickar: mejlet till kandidaten" });
  await expect(preview).toContainText("på svenska");
  await expect(preview).toContainText("Vi ses på kontoret i Göteborg.");
  await atBothWidths(page, "application-scheduling", testInfo);

  await page.goto("/staff/messages");
  await expect(page.getByRole("heading", { level: 1, name: "Meddelanden till kandidater" })).toBeVisible();
  await expect(page.getByLabel("Vilket meddelande")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Förhandsgranskning med en exempelkandidat" })).toBeVisible();
  await atBothWidths(page, "messages", testInfo);

  await page.goto(`/staff/search?q=${encodeURIComponent("Olle Kalender")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Sök" })).toBeVisible();
  await expect(page.locator("#results-heading")).toHaveText(/^\d+ träff(ar)?$/);
  await atBothWidths(page, "search", testInfo);

  await page.goto(`/staff/talent?q=${encodeURIComponent("Olle Kalender")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Talangpool" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^1 person$/ })).toBeVisible();
  await expect(page.getByText(/samtycke till \d{4}-\d\d-\d\d/)).toBeVisible();
  await atBothWidths(page, "talent", testInfo);
  await page.context().close();

  // Integrations are the admin's alone.
  const integrations = await swedishUser(browser, ivar.email, ivar.password);
  await integrations.goto("/staff/integrations");
  await expect(integrations.getByRole("heading", { level: 1, name: "Integrationer" })).toBeVisible();
  await expect(integrations.getByRole("heading", { name: "Lägg till en mottagare" })).toBeVisible();
  await atBothWidths(integrations, "integrations", testInfo);
  await integrations.context().close();
});
