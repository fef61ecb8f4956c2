import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ReportsPage } from "./pages/reports-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

test("a recruiter sees a new application in the funnel, reads the tables and downloads the CSV; the page passes axe", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/staff/reports");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff\/reports$/);
  const reports = new ReportsPage(page);
  await expect(reports.funnelChart).toBeVisible();
  const before = await reports.reached("applied");

  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Rapport Testsson",
      email: `report-${Date.now()}@example.com`,
      country: "SE",
      source: "event",
      privacyConsent: "true",
      cv: { name: "cv.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  expect(applied.status()).toBe(201);

  await reports.goto();
  await expect(reports.funnelTable).toBeVisible();
  expect(await reports.reached("applied")).toBe(before + 1);
  await expect(reports.funnelTable.locator('tr[data-stage="hired"]')).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Reports" })).toBeVisible();

  await page.getByText("Show table").first().click();
  await saveScreenshot(page, testInfo, "reports");
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), reports.downloadCsv.click()]);
  expect(download.suggestedFilename()).toMatch(/^rekry-report-all-jobs-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = readFileSync((await download.path())!, "utf8");
  // A byte order mark first, so a spreadsheet reads it as UTF-8.
  expect(file.startsWith("\uFEFF")).toBe(true);
  const csv = file.slice(1);
  expect(csv.split("\r\n")[0]).toBe("section,item,measure,value");
  expect(csv).toContain(`funnel,Applied,reached,${before + 1}`);
});

test("the report scope travels in the URL: one job, a period, and a clear message for a bad date", async ({ page }) => {
  await page.goto("/staff/reports?job=cloud-engineer&from=2020-01-01&to=2020-01-31");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  const reports = new ReportsPage(page);
  await expect(page.locator(".report-scope")).toContainText("from Jan 1, 2020 to Jan 31, 2020");
  expect(await reports.reached("applied")).toBe(0);
  await page.goto("/staff/reports?from=2020-02-31");
  await expect(page.locator(".error-summary")).toContainText("That date does not exist.");
});

test("a hiring manager gets no reports and no Reports link", async ({ page }) => {
  await page.goto("/staff/reports");
  await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
  await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
});
