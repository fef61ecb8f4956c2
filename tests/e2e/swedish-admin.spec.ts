import { expect, test, type Browser, type Page } from "@playwright/test";
import { addStaffUser, signedIn, widthChecks } from "./support/swedish";
import { USERS } from "./users";

const atBothWidths = widthChecks("swedish-admin");

/** An admin of its own who has picked Swedish, so the choice cannot leak into other specs' English pages. */
async function swedishAdmin(browser: Browser, baseURL: string, name: string): Promise<Page> {
  const admin = await signedIn(browser, USERS.admin.email, USERS.admin.password);
  const { email, password } = await addStaffUser(admin, baseURL, name, "admin");
  await admin.context().close();

  const page = await signedIn(browser, email, password);
  await page.getByLabel("Language of the staff pages and your emails").selectOption("sv");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();
  return page;
}

test("an admin who picks Swedish gets the job editor, users, audit log, reports and outbox in Swedish", async ({
  browser,
  baseURL,
}, testInfo) => {
  // Seven pages, each at two widths with axe.
  test.setTimeout(360_000);
  const page = await swedishAdmin(browser, baseURL!, "Svea Admin");
  await expect(page.getByRole("heading", { name: "Där du är inloggad" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Senast aktiv" })).toBeVisible();

  // The admin header has every link: at 1280 px they must fit (wrapping if need be), not overflow.
  await page.setViewportSize({ width: 1280, height: 900 });
  const header = await page.locator(".staff-header .inner").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(header, "the Swedish admin header overflows at 1280px").toBeLessThanOrEqual(0);

  await page.goto("/staff/jobs/new");
  await expect(page.getByRole("heading", { level: 1, name: "Ny tjänst" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Rekryteringsprocess" })).toBeVisible();
  await atBothWidths(page, "new-job", testInfo);

  await page.goto("/staff/jobs/cloud-engineer/edit");
  await expect(page.getByRole("heading", { level: 1, name: /^Redigera: / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Annonsen på svenska" })).toBeVisible();
  await page.getByRole("button", { name: "Lägg till en fråga" }).click();
  const question = page.getByRole("group", { name: "Fråga 1" });
  await expect(question.getByLabel("Typ")).toContainText("Ja eller nej");
  await atBothWidths(page, "job-editor", testInfo);

  await page.goto("/staff/users");
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lägg till en användare" })).toBeVisible();
  await atBothWidths(page, "users", testInfo);

  await page.goto("/staff/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Händelselogg" })).toBeVisible();
  // This admin's own creation is in the log, described in Swedish.
  await expect(page.getByRole("cell", { name: /^Lade till Svea Admin .* som administratör$/ })).toBeVisible();
  await atBothWidths(page, "audit", testInfo);

  await page.goto("/staff/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Rapporter" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tratt" })).toBeVisible();
  await atBothWidths(page, "reports", testInfo);

  await page.goto("/staff/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Utkorg" })).toBeVisible();
  await atBothWidths(page, "outbox", testInfo);
});

test("a Swedish admin's mistakes in a form are explained in Swedish, in the browser and from the server", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const page = await swedishAdmin(browser, baseURL!, "Svea Formulär");

  // In the browser: the users form checks with the shared schema before anything is sent.
  await page.goto("/staff/users");
  const form = page.getByRole("form", { name: "Lägg till en användare" });
  await form.getByLabel("E-post").fill("inte-en-adress");
  await form.getByRole("button", { name: "Lägg till användaren" }).click();
  await expect(form.getByText("Fyll i ett namn.")).toBeVisible();
  await expect(form.getByText("Fyll i en giltig e-postadress.")).toBeVisible();
  await expect(page.getByText("Please enter a name.")).toHaveCount(0);
  await atBothWidths(page, "users-form-errors", testInfo);

  // From a lib/ command: the schema is satisfied, but the email is taken; its field error is Swedish.
  await form.getByLabel("Namn").fill("Ada Dubblett");
  await form.getByLabel("E-post").fill(USERS.admin.email.toUpperCase());
  await form.getByRole("button", { name: "Lägg till användaren" }).click();
  await expect(form.locator("#new-email-error")).toHaveText("Det finns redan en användare med den e-postadressen.");
  await expect(form.getByLabel("E-post")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A user with this email already exists.")).toHaveCount(0);
  await atBothWidths(page, "users-taken-email", testInfo);

  // From the server: the reports page reads its filters with the same schema as the CSV route.
  await page.goto("/staff/reports?from=2026-02-31&to=2026-03-10");
  await expect(page.locator("#from-error")).toHaveText("Det datumet finns inte.");
  await page.goto("/staff/reports?from=2026-03-10&to=2026-03-01");
  await expect(page.locator("#to-error")).toHaveText("Slutdatumet får inte vara före startdatumet.");
  await atBothWidths(page, "report-filter-errors", testInfo);

  // The JSON API answers in English whatever the user's language.
  const api = await page.request.post("/api/staff/users", {
    data: { name: "", email: "x", role: "admin" },
    headers: { origin: baseURL! },
  });
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ errors: { name: "Please enter a name." } });
  const taken = await page.request.post("/api/staff/users", {
    data: { name: "Ada Dubblett", email: USERS.admin.email, role: "admin" },
    headers: { origin: baseURL! },
  });
  expect(taken.status()).toBe(409);
  expect(await taken.json()).toEqual({
    error: "conflict",
    message: "A user with this email already exists.",
    errors: { email: "A user with this email already exists." },
  });
});
