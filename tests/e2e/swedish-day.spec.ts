import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { addStaffUser, signedInAdmin, widthChecks } from "./support/swedish";

const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

const atBothWidths = widthChecks("swedish-day", { thenWidth: 1280 });

/** A datetime-local value two hours ago, in the browser's (the server's) clock. */
function twoHoursAgo(): string {
  const d = new Date(Date.now() - 2 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test("an interviewer's and a recruiter's day in Swedish: sign-in, overview, My interviews, the application's interviews and feedback", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  // Five pages, each at two widths with axe: longer than the default.
  test.setTimeout(300_000);
  const origin = baseURL!;
  const admin = await signedInAdmin(browser);
  // A user of its own, so the language choice cannot leak into other specs' English pages.
  const { email, password } = await addStaffUser(admin, origin, "Stina Sandberg", "recruiter");

  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Olle Lund",
      email: `olle-${Date.now()}@example.com`,
      country: "SE",
      cv: { name: "olle.pdf", mimeType: "application/pdf", buffer: PDF },
      privacyConsent: "true",
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };
  const moved = await admin.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin },
  });
  expect(moved.status()).toBe(200);

  // Nobody is signed in yet: a Swedish browser gets the sign-in page in Swedish.
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto("/staff/account");
  await expect(page.getByRole("heading", { level: 1, name: "Logga in i Rekry" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("button", { name: "Logga in" })).toBeVisible();
  await atBothWidths(page, "login", testInfo);
  await new LoginPage(page).signIn(email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();
  await page.getByLabel("Språk för personalsidorna och dina mejl").selectOption("sv");
  await page.getByRole("button", { name: "Spara språk" }).click();
  await expect(page.getByLabel("Språk för personalsidorna och dina mejl")).toHaveValue("sv");

  // The recruiter plans an interview with herself through the Swedish form, two hours ago.
  await page.goto(`/staff/applications/${id}?column=technical_interviews`);
  await expect(page.getByRole("heading", { level: 1, name: "Olle Lund" })).toBeVisible();
  const plan = page.getByRole("form", { name: "Planera en intervju" });
  await plan.getByLabel("Typ").selectOption("system_design");
  await plan.getByRole("checkbox", { name: /Stina Sandberg/ }).check();
  await plan.getByLabel(/Datum och tid/).fill(twoHoursAgo());
  await plan.getByRole("button", { name: "Planera intervjun" }).click();
  await expect(page.getByText("Intervjun är planerad. Intervjuarna och kandidaten har fått mejl.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Intervjuer", exact: true })).toBeVisible();
  await expect(page.getByText("Systemdesign").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Ställ in intervjun" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Kortkommandon" })).toBeVisible();
  await expect(page.getByText(/^\d+ av \d+ i /)).toBeVisible();
  await expect(page.getByText("Planerade en intervju med Stina Sandberg")).toBeVisible();

  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Tjänster" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dina intervjuer" })).toBeVisible();
  await expect(page.getByText("1 bedömning att skriva")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Behöver åtgärdas" }).first()).toBeVisible();
  await atBothWidths(page, "overview", testInfo);

  await page.goto("/staff/interviews");
  await expect(page.getByRole("heading", { level: 1, name: "Mina intervjuer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kommande" })).toBeVisible();
  await expect(page.getByText("Bedömning väntar").first()).toBeVisible();
  await atBothWidths(page, "interviews", testInfo);

  // Her scorecard, submitted, opens the decision panel's evidence.
  await page.getByRole("link", { name: "Olle Lund" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Olle Lund: Systemdesign" })).toBeVisible();
  const interviewId = Number(page.url().split("/").pop());
  const submitted = await page.request.post(`/api/staff/interviews/${interviewId}/scorecard/submit`, {
    data: { ratings: {}, recommendation: "yes", notes: "Tydlig och strukturerad.", candidateFeedback: "" },
    headers: { origin },
  });
  expect(submitted.status()).toBe(200);
  await page.reload();
  await expect(page.getByText("Inlämnad: Ja. Tack!")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ändra" })).toBeVisible();
  await atBothWidths(page, "interview", testInfo);

  await page.goto(`/staff/applications/${id}?column=technical_interviews`);
  await expect(page.getByRole("heading", { name: "Bedömningar och beslut" })).toBeVisible();
  await expect(page.getByText("Bedömning lämnad")).toBeVisible();
  await expect(page.getByText("Lämnade en bedömning")).toBeVisible();
  await atBothWidths(page, "application", testInfo);
  await context.close();
  await admin.context().close();
});

test("a Swedish recruiter who tries to hire before the background check is told why in Swedish, at 360 and 1280 px", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const origin = baseURL!;
  const admin = await signedInAdmin(browser);
  const { email, password } = await addStaffUser(admin, origin, "Sixten Berg", "recruiter");

  // Two applications in the last offer-checks stage, background check not done: Hired is offered
  // in the menu, and the server refuses it (one application per width, as a refusal changes nothing).
  const ids: number[] = [];
  for (const name of ["Maja Ek", "Nils Ek"]) {
    const applied = await request.post("/api/jobs/cloud-engineer/applications", {
      multipart: {
        fullName: name,
        email: `${name.split(" ")[0]!.toLowerCase()}-${Date.now()}@example.com`,
        country: "SE",
        cv: { name: "cv.pdf", mimeType: "application/pdf", buffer: PDF },
        privacyConsent: "true",
      },
    });
    expect(applied.status()).toBe(201);
    const { id } = (await applied.json()) as { id: number };
    const moved = await admin.request.post(`/api/staff/applications/${id}/move`, {
      data: { to: "references", version: 1 },
      headers: { origin },
    });
    expect(moved.status()).toBe(200);
    ids.push(id);
  }
  await admin.context().close();

  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/staff/account");
  await new LoginPage(page).signIn(email, password);
  await expect(page).toHaveURL(/\/staff\/account$/, { timeout: 30_000 });
  // An English browser: the Swedish comes from the user's own choice.
  await page.getByLabel("Language of the staff pages and your emails").selectOption("sv");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();

  for (const [i, width] of [1280, 360].entries()) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/staff/applications/${ids[i]}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForFunction(() => {
      const el = document.querySelector(".shortcuts-button");
      return el && Object.keys(el).some((k) => k.startsWith("__react"));
    });
    await page.getByRole("button", { name: /^Flytta till/ }).click();
    await page.getByRole("menuitem", { name: "Anställd", exact: true }).click();
    const alert = page.locator(".application-moves").getByRole("alert");
    await expect(alert).toHaveText(
      /^Kunde inte flytta .+: Bakgrundskontrollen måste vara klar innan kandidaten markeras som anställd\. En administratör kan göra undantag, med en motivering\. Inget ändrades\.$/,
    );
    await expect(alert).not.toContainText("background check");
    await alert.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `swedish-day-refused-hire-${width}`);
    await page.screenshot({ path: testInfo.outputPath(`swedish-day-refused-hire-${width}-screen.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the refusal scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
