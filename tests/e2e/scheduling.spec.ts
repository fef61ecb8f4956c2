import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { startRadicale } from "../helpers/radicale";
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
  // Before sending: the candidate's email as it will go out, from the same template.
  await form.getByRole("button", { name: "Preview the email" }).click();
  const preview = form.getByRole("region", { name: "Before you send: the email to the candidate" });
  await expect(preview).toContainText("Subject: Choose a time for your interview");
  await expect(preview).toContainText("The talk is held in English.");
  await expect(preview).toContainText("/schedule/…");
  await form.getByRole("button", { name: "Send scheduling link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduling link sent" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Self-scheduling" })).toContainText("Link sent, not booked yet");
}

/** Hanna connects her CalDAV calendar on the account page, as the README tells an interviewer to. */
async function connectCaldav(page: Page, url: string) {
  await page.goto("/login?next=/staff/account");
  await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
  await expect(page.getByRole("heading", { name: "Calendar for busy times" })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Kind").selectOption("caldav");
  await page.getByLabel("CalDAV server URL").fill(url);
  await page.getByLabel("User name").fill("hanna");
  await page.getByLabel("App password").fill("hanna-app-password");
  await page.getByRole("button", { name: /(Connect|Replace) calendar/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "busy times in the next 14 days" })).toBeVisible({
    timeout: 15_000,
  });
}

test("the recruiter sends a link; the candidate books in their own time zone with JavaScript and moves the time; the interviewer's CalDAV calendar holds it", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.slow();
  const radicale = await startRadicale({ hanna: "hanna-app-password" });
  const calendar = await radicale.makeCalendar("hanna", "work");
  const hannaContext = await browser.newContext({ baseURL });
  const hanna = await hannaContext.newPage();
  try {
    await connectCaldav(hanna, radicale.url);
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

    // Read back over CalDAV, as Hanna's calendar app would: one event, the interview at its moved time.
    const listed = await recruiter.request.get(`/api/staff/applications/${id}/scheduling-requests`);
    const [booked] = ((await listed.json()) as { schedulingRequests: { interviewId: number; startsAt: string }[] })
      .schedulingRequests;
    const stamp = booked!.startsAt.replace(/[-:]/g, "").slice(0, 15);
    await expect
      .poll(
        async () =>
          (await radicale.listEvents(calendar, "hanna")).filter((e) =>
            e.includes(`UID:interview-${booked!.interviewId}@`),
          ),
        { timeout: 30_000 },
      )
      .toEqual([expect.stringContaining("Sara")]);
    const [event] = await radicale.listEvents(calendar, "hanna");
    expect(event!.replace(/\r\n[ \t]/g, "")).toMatch(new RegExp(`DTSTART(;[^:]*)?:${stamp}Z?`));
    await recruiterContext.close();
    await candidateContext.close();
  } finally {
    // Leave Hanna without a calendar: the server for the later specs stays; Radicale does not.
    await hanna.goto("/staff/account");
    await hanna.getByRole("button", { name: "Disconnect" }).click();
    await expect(hanna.getByText("No calendar connected")).toBeVisible();
    await hannaContext.close();
    await radicale.stop();
  }
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
