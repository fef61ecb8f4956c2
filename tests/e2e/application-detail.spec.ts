import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ApplicationPage } from "./pages/application-page";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

test("a recruiter reads an application, downloads the CV, writes notes and tags, and sees the timeline grow", async ({
  page,
  request,
}, testInfo) => {
  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Ζωή Öberg-Nguyễn",
      email: `zoe-${Date.now()}@example.com`,
      country: "FI",
      note: "<b>Not bold</b> — I run Kubernetes at home.",
      showSkills: "A take-home task, please.",
      source: "github",
      githubUrl: "https://github.com/zoe",
      privacyConsent: "true",
      cv: { name: "Zoë CV.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };

  await page.goto(`/staff/applications/${id}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(new RegExp(`/staff/applications/${id}$`));

  const app = new ApplicationPage(page);
  await app.goto(id);
  await expect(app.heading).toHaveText("Ζωή Öberg-Nguyễn");
  await expect(app.answers).toContainText("<b>Not bold</b> — I run Kubernetes at home.");
  await expect(app.answers).toContainText("A take-home task, please.");
  await expect(page.getByRole("link", { name: /github\.com\/zoe/ })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByRole("link", { name: /Back to Cloud Engineer/ })).toHaveAttribute(
    "href",
    "/staff/jobs/cloud-engineer",
  );
  await expect(app.timelineItems).toHaveCount(1);
  await expect(app.timelineItems.first()).toContainText("Applied with a CV");
  await expect(app.timelineItems.first()).toContainText("Candidate");

  // The preview frame loads the PDF inline, and Chromium hands it to its PDF viewer.
  await expect(app.cvPreview).toHaveAttribute("title", "Preview of the CV Zoë CV.pdf");
  await expect(app.cvPreview).toHaveAttribute("src", `/api/staff/applications/${id}/cv?inline=1`);
  await expect
    .poll(() => page.frames().some((f) => f.url().endsWith(`/api/staff/applications/${id}/cv?inline=1`)))
    .toBe(true);
  await app.expectPdfPreviewRendered();

  await app.cv.screenshot({ path: testInfo.outputPath("cv-preview.png") });

  const downloading = page.waitForEvent("download");
  await app.downloadCv.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Zoë CV.pdf");
  expect(readFileSync((await download.path())!).equals(PDF)).toBe(true);

  await app.addNote("Strong on Kubernetes; @manager could you take the interview?");
  await expect(app.noteItems).toHaveCount(1);
  await expect(app.noteItems.first()).toContainText(USERS.recruiter.name);
  await expect(app.noteItems.first()).toContainText(`Mentions: ${USERS.manager.name}`);
  await expect(app.notes.getByLabel("Add a note")).toHaveValue("");

  await app.editNote(0, "Strong on Kubernetes and Go; @manager and @admin, thoughts?");
  await expect(app.noteItems.first()).toContainText("Strong on Kubernetes and Go");
  await expect(app.noteItems.first()).toContainText(`Mentions: ${USERS.manager.name}, ${USERS.admin.name}`);
  await expect(app.noteItems.first()).toContainText("edited");

  await app.addTag("Strong Kubernetes");
  await expect(app.tags.getByText("strong-kubernetes", { exact: true })).toBeVisible();
  await app.addTag("Ärlig");
  await expect(app.tags.getByText("ärlig", { exact: true })).toBeVisible();
  await app.removeTag("strong-kubernetes");
  await expect(app.tags.getByText("strong-kubernetes", { exact: true })).toHaveCount(0);

  await expect(app.timelineItems).toHaveCount(6);
  await expect(app.timelineItems.first()).toContainText("Removed the tag “strong-kubernetes”");
  await expect(app.timelineItems.first()).toContainText(USERS.recruiter.name);
  await expect(app.timelineItems.nth(4)).toContainText("Added a note");
  await expect(app.timelineItems.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);

  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "application-detail");
});

test("the CV answers only authorized staff, with the download headers", async ({ page, request }) => {
  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Header Check",
      email: `hdr-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      cv: { name: "cv.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  const { id } = (await applied.json()) as { id: number };
  expect((await request.get(`/api/staff/applications/${id}/cv`)).status()).toBe(401);

  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
  await expect(page).toHaveURL(/\/staff$/);
  expect((await page.request.get(`/api/staff/applications/${id}/cv`)).status()).toBe(404);
  const hidden = await page.goto(`/staff/applications/${id}`);
  expect(hidden?.status()).toBe(404);

  await page.context().clearCookies();
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.admin.email, USERS.admin.password);
  await expect(page).toHaveURL(/\/staff$/);
  const res = await page.request.get(`/api/staff/applications/${id}/cv`);
  expect(res.status()).toBe(200);
  expect(res.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "content-disposition": `attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`,
    "cache-control": "private, no-store",
  });
  const inline = await page.request.get(`/api/staff/applications/${id}/cv?inline=1`);
  expect(inline.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(inline.headers()["content-security-policy"]).toBe(
    "sandbox; default-src 'none'; object-src 'self'; frame-ancestors 'self'",
  );
});
