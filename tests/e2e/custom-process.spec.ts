import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { JobEditorPage } from "./pages/job-editor-page";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

test("a recruiter adds a Case study stage of the kind Interview and plans an interview in it", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const slug = `data-engineer-${Date.now().toString(36)}`;
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.recruiter.email, USERS.recruiter.password);
  await expect(page).toHaveURL(/\/staff$/);

  const editor = new JobEditorPage(page);
  await editor.gotoNew();
  await editor.fill({ slug, titleEn: "Data Engineer", titleSv: "Dataingenjör", team: "Data" });
  const process = page.getByRole("group", { name: "Hiring process" });
  await process.getByRole("button", { name: "Add a stage" }).click();
  const added = process.getByRole("group", { name: "Stage 7" });
  await added.getByLabel("Name for staff").fill("Case study");
  await added.getByLabel("Kind").selectOption("interview");
  await expect(
    added.getByText("Interviews can be planned here, each with its interviewers' scorecards."),
  ).toBeVisible();
  await added.getByLabel("Name for candidates (English)").fill("Case study");
  await added.getByLabel("What happens (English)").fill("You walk us through a small design of your own.");
  await added.getByLabel("Name for candidates (Swedish)").fill("Fallstudie");
  await added.getByLabel("What happens (Swedish)").fill("Du går igenom en liten design du gjort.");
  // Without its Decision stage the job will not open: the decision stage becomes "Other".
  const decision = process.getByRole("group", { name: "Stage 5" });
  await decision.getByLabel("Kind").selectOption("other");
  await editor.save();
  await expect(page).toHaveURL(new RegExp(`/staff/jobs/${slug}/edit\\?saved=1$`));
  await page.getByRole("button", { name: "Open and publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Decision" })).toHaveText(
    "The process needs a stage of the kind Decision before the job opens. Go to the stages",
  );
  // And beside the stages themselves, where it is fixed.
  await expect(process.getByText("The process needs a stage of the kind Decision before the job opens.")).toBeVisible();
  await saveScreenshot(page, testInfo, "no-decision-stage");

  await process.getByRole("group", { name: "Stage 5" }).getByLabel("Kind").selectOption("decision");
  await editor.save();
  await expect(page).toHaveURL(new RegExp(`/staff/jobs/${slug}/edit\\?saved=1$`));
  await editor.setStatus("Open and publish", "open");

  const applied = await page.request.post(`/api/jobs/${slug}/applications`, {
    multipart: {
      fullName: "Noor Casewell",
      email: `noor-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      cv: { name: "noor.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };
  const moved = await page.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "case_study", version: 1 },
    headers: { origin: baseURL! },
  });
  expect(moved.status()).toBe(200);

  await page.goto(`/staff/applications/${id}`);
  const plan = page.getByRole("form", { name: "Plan an interview" });
  await plan.getByLabel(/Hanna Manager/).check();
  await plan.getByRole("button", { name: "Plan interview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interview planned" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Interviews" })).toContainText("Hanna Manager");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "interview-in-case-study");
});
