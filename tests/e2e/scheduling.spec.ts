import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

async function applyFor(request: APIRequestContext, name: string): Promise<number> {
  const res = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: name,
      email: `sched-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      country: "SE",
      privacyConsent: "true",
      githubUrl: "https://github.com/sched",
      locale: "en",
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

/** The link the candidate was mailed, read from the e2e server's outbox. */
function mailedLink(applicationId: number): string {
  const db = new Database(path.resolve(".tmp", "e2e", "rekry.db"), { readonly: true });
  try {
    const row = db
      .prepare("select text from outbox where application_id = ? and kind = 'scheduling_request' order by id desc")
      .get(applicationId) as { text: string };
    return new URL(/https?:\/\/\S+\/schedule\/[A-Za-z0-9_-]{43}/.exec(row.text)![0]).pathname;
  } finally {
    db.close();
  }
}

async function recruiterSendsLink(page: Page, id: number, origin: string) {
  await page.goto(`/staff/applications/${id}`);
  if (page.url().includes("/login")) {
    await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
    await expect(page).toHaveURL(new RegExp(`/staff/applications/${id}$`), { timeout: 20_000 });
  }
  const moved = await page.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin },
  });
  expect(moved.status()).toBe(200);
  await page.reload();
  const form = page.getByRole("form", { name: "Let the candidate pick a time" });
  await form.getByRole("button", { name: "Send scheduling link" }).click();
  await expect(form.getByText("Name at least one interviewer.")).toBeVisible();
  await form.getByLabel(/Hanna Manager/).check();
  await form.getByLabel("Length").selectOption("45");
  await form.getByLabel("Note to the candidate").fill("The talk is held in English.");
  await form.getByRole("button", { name: "Send scheduling link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduling link sent" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Self-scheduling" })).toContainText("Link sent, not booked yet");
}

test("the recruiter sends a link; the candidate books in their own time zone with JavaScript and moves the time", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.slow();
  const recruiterContext = await browser.newContext({ baseURL });
  const recruiter = await recruiterContext.newPage();
  const id = await applyFor(recruiter.request, "Sara Schema");
  await recruiterSendsLink(recruiter, id, baseURL!);
  const link = mailedLink(id);

  const candidateContext = await browser.newContext({ baseURL, timezoneId: "Europe/Helsinki" });
  const page = await candidateContext.newPage();
  await page.goto(link);
  // The browser's zone is detected and shown.
  await expect(page).toHaveURL(/tz=Europe%2FHelsinki/, { timeout: 20_000 });
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Helsinki");
  await expect(page.getByRole("heading", { name: "Choose your interview time" })).toBeVisible();
  await expect(page.getByText("The talk is held in English.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(page, testInfo, "schedule-360");
  await page.setViewportSize({ width: 1280, height: 900 });
  await saveScreenshot(page, testInfo, "schedule-1280");

  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Confirm this time" }).click();
  await expect(page.getByRole("status")).toContainText("your interview is booked");
  await expect(page.getByRole("region", { name: "Your booked time" })).toContainText("Europe/Helsinki");
  await expectNoAxeViolations(page);

  await page.getByRole("radio").nth(3).check();
  await page.getByRole("button", { name: "Move to this time" }).click();
  await expect(page.getByRole("status")).toContainText("Your interview has been moved");

  await recruiter.reload();
  const panel = recruiter.getByRole("region", { name: "Self-scheduling" });
  await expect(panel).toContainText("Booked");
  await expect(recruiter.getByRole("region", { name: "Interviews" })).toContainText("Hanna Manager");
  await recruiterContext.close();
  await candidateContext.close();
});

test("without JavaScript the candidate picks a zone and books from the plain form; an unknown link is a 404", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.slow();
  const recruiterContext = await browser.newContext({ baseURL });
  const recruiter = await recruiterContext.newPage();
  const id = await applyFor(recruiter.request, "Nils Noscript");
  await recruiterSendsLink(recruiter, id, baseURL!);
  const link = mailedLink(id);
  await recruiterContext.close();

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Stockholm");
  await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page).toHaveURL(/tz=Europe%2FLisbon/);
  await page.getByRole("button", { name: "Confirm this time" }).click();
  // No time chosen: the browser's own required check keeps the form from posting.
  await expect(page.getByRole("status")).toHaveCount(0);
  await page.getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "Confirm this time" }).click();
  await expect(page.getByRole("status")).toContainText("your interview is booked");
  await expect(page.getByRole("region", { name: "Your booked time" })).toContainText("Europe/Lisbon");
  await saveScreenshot(page, testInfo, "schedule-booked-nojs");

  await page.getByRole("button", { name: "Cancel the interview" }).click();
  await expect(page.getByRole("heading", { name: "Cancelled" })).toBeVisible();
  const gone = await page.goto(link);
  expect(gone!.status()).toBe(404);
  const unknown = await page.goto(`/schedule/${"x".repeat(43)}`);
  expect(unknown!.status()).toBe(404);
  await context.close();
});
