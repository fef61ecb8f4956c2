import { expect, test } from "@playwright/test";
import { signedIn, swedishUser, widthChecks } from "./support/swedish";
import { USERS } from "./users";

const atBothWidths = widthChecks("swedish");

test("staff who pick Swedish get scheduling, messages, integrations, search and the talent pool in Swedish", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  // Six pages, each at two widths with axe.
  test.setTimeout(300_000);
  const origin = baseURL!;
  const admin = await signedIn(browser, USERS.admin.email, USERS.admin.password);
  // Users of their own, so the language choice cannot leak into other specs' English pages.
  const newUser = async (name: string, role: "recruiter" | "admin") => {
    const email = `${role}-${Date.now()}@e2e.test`;
    const created = await admin.request.post("/api/staff/users", { data: { name, email, role }, headers: { origin } });
    expect(created.status()).toBe(201);
    return { email, password: ((await created.json()) as { password: string }).password };
  };
  const stina = await newUser("Stina Schema", "recruiter");
  const ivar = await newUser("Ivar Integration", "admin");
  await admin.context().close();

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
