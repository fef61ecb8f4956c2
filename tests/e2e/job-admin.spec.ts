import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { ApplyPage, applicant } from "./pages/apply-page";
import { BoardPage } from "./pages/board-page";
import { ConfirmationPage } from "./pages/confirmation-page";
import { JobEditorPage } from "./pages/job-editor-page";
import { ReportsPage } from "./pages/reports-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

async function check(page: Page, testInfo: TestInfo, name: string) {
  await saveScreenshot(page, testInfo, name);
  await expectNoAxeViolations(page);
}

const sitemap = async (page: Page) => (await page.request.get("/sitemap.xml")).text();

test("a recruiter creates a job, opens it, a candidate applies, the application is on its board; closing takes it off the sitemap", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const slug = `site-reliability-${Date.now().toString(36)}`;
  const board = new BoardPage(page, slug);
  await board.signIn(USERS.recruiter);

  await page.getByRole("link", { name: "New job" }).click();
  const editor = new JobEditorPage(page);
  await page.locator("form.job-editor").waitFor();
  await check(page, testInfo, "job-new");
  await editor.fill({
    slug,
    titleEn: "Site Reliability Engineer",
    titleSv: "Driftsäkerhetsingenjör",
    team: "Platform",
    question: { en: "Can you be on call one week a month?", sv: "Kan du ha jour en vecka i månaden?" },
  });
  // The preview is the posting's renderer: the link gets rel, the script is shown as text.
  await expect(editor.preview("English").getByRole("link", { name: "our blog" })).toHaveAttribute(
    "rel",
    "noopener nofollow",
  );
  await expect(editor.preview("English")).toContainText("<script>alert(1)</script>");
  await expect(editor.preview("English").locator("script")).toHaveCount(0);
  await editor.save();
  await expect(page).toHaveURL(new RegExp(`/staff/jobs/${slug}/edit\\?saved=1$`));
  await expect(page.getByRole("status")).toContainText("Saved");

  // A draft is invisible to the public.
  expect((await page.request.get(`/jobs/${slug}`)).status()).toBe(404);
  await editor.setStatus("Open and publish", "open");
  await check(page, testInfo, "job-edit");
  expect(await sitemap(page)).toContain(`/jobs/${slug}</loc>`);
  expect(await sitemap(page)).toContain(`/sv/jobs/${slug}</loc>`);

  // The candidate applies on the published posting, with a PDF and the job's own question.
  await page.goto(`/jobs/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Site Reliability Engineer");
  await page.getByRole("link", { name: "Apply now" }).first().click();
  const form = new ApplyPage(page, "en", slug);
  await form.waitForHydration();
  const person = applicant({ fullName: `Grace Hopper ${Date.now().toString(36)}` });
  await form.fill(person);
  await page
    .getByRole("group", { name: /Can you be on call/ })
    .getByLabel("Yes")
    .check();
  await form.submit();
  await expect(new ConfirmationPage(page).heading).toHaveText(/^Thank you, Grace/);

  await board.goto();
  await expect(board.card(person.fullName, "Applied")).toBeVisible();
  await expect(board.count("Applied")).resolves.toBe(1);
  // The funnel of this job's report counts the application in Applied.
  const reports = new ReportsPage(page);
  await reports.goto(`?job=${slug}`);
  await expect(reports.funnelChart).toBeVisible();
  await expect.poll(() => reports.reached("applied")).toBe(1);

  await editor.gotoEdit(slug);
  await editor.setStatus("Close the job", "closed");
  expect(await sitemap(page)).not.toContain(`/jobs/${slug}</loc>`);
  const refused = await page.request.post(`/api/jobs/${slug}/applications`, {
    multipart: {
      fullName: "Late Person",
      email: "late@example.com",
      country: "SE",
      privacyConsent: "true",
      githubUrl: "https://github.com/late",
    },
  });
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toMatchObject({ message: expect.stringContaining("no longer takes applications") });
  await page.goto(`/jobs/${slug}`);
  await expect(page.locator(".notice.closed")).toContainText("This role has been filled");
  await board.goto();
  await expect(board.card(person.fullName, "Applied")).toBeVisible();
});

test("robots.txt keeps crawlers out of staff, API and status pages and points at the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  for (const path of ["/staff", "/api", "/status"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
});

test("a hiring manager cannot create jobs", async ({ page }) => {
  await new BoardPage(page).signIn(USERS.manager);
  await expect(page.getByRole("link", { name: "New job" })).toHaveCount(0);
  await page.goto("/staff/jobs/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No access");
});
