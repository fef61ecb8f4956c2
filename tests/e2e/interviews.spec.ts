import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ScorecardPage } from "./pages/scorecard-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

async function signIn(page: Page, who: keyof typeof USERS, next: string) {
  await page.goto(next);
  await new LoginPage(page).signIn(USERS[who].email, USERS[who].password);
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

async function move(request: APIRequestContext, origin: string, id: number, to: string, version: number) {
  const res = await request.post(`/api/staff/applications/${id}/move`, { data: { to, version }, headers: { origin } });
  expect(res.status()).toBe(200);
}

test("a hiring manager fills and submits a scorecard, and the recruiter records the decision from it", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  test.slow();
  const origin = baseURL!;
  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Mira Lindqvist",
      email: `mira-${Date.now()}@example.com`,
      country: "SE",
      note: "I run Ceph and Kubernetes for a living.",
      privacyConsent: "true",
      cv: { name: "mira.pdf", mimeType: "application/pdf", buffer: PDF },
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };

  // The recruiter moves the application to the technical interviews and plans one with the manager.
  const recruiterContext = await browser.newContext();
  const recruiter = await recruiterContext.newPage();
  await signIn(recruiter, "recruiter", `/staff/applications/${id}`);
  await move(recruiter.request, origin, id, "technical_interviews", 1);
  await recruiter.reload();
  const plan = recruiter.getByRole("form", { name: "Plan an interview" });
  await plan.getByLabel("Kind").selectOption("system_design");
  await plan.getByRole("button", { name: "Plan interview" }).click();
  await expect(plan.getByText("Name at least one interviewer.")).toBeVisible();
  await plan.getByLabel(/Hanna Manager/).check();
  const yesterday = new Date(Date.now() - 26 * 60 * 60 * 1000);
  const local = new Date(yesterday.getTime() - yesterday.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await plan.getByLabel("Date and time").fill(local);
  await plan.getByLabel("Video link").fill("https://meet.example.com/mira");
  await plan.getByRole("button", { name: "Plan interview" }).click();
  await expect(recruiter.getByRole("status").filter({ hasText: "Interview planned" })).toBeVisible();
  const interviews = recruiter.getByRole("region", { name: "Interviews" });
  await expect(interviews).toContainText("System design");
  await expect(interviews).toContainText("Hanna Manager");
  await expect(interviews.getByText("Feedback overdue")).toBeVisible();

  // The manager finds it among their interviews, overdue, and writes the scorecard.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager", "/staff/interviews");
  await expect(manager.getByText(/1 scorecard is overdue/)).toBeVisible();
  await expectNoAxeViolations(manager);
  await manager.getByRole("link", { name: "Mira Lindqvist" }).click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Mira Lindqvist: System design");
  await expect(manager.getByText("I run Ceph and Kubernetes for a living.")).toBeVisible();
  const card = new ScorecardPage(manager);
  await card.rate("Kubernetes", 2);
  await card.rate("Ceph and storage", 3);
  await card.rate("Collaboration", 4);
  await card.form.getByLabel("Note on Kubernetes").fill("Knows the basics; has not run upgrades.");
  await card.recommend("No");
  await card.form.getByLabel("Private notes for the team").fill("Great storage depth, thin on Kubernetes operations.");
  await card.form
    .getByLabel(/Suggested feedback for the candidate/)
    .fill("Your Ceph knowledge impressed us; deepen your hands-on Kubernetes operations.");
  await expect(card.saveState).toContainText("Draft saved");

  // The draft survives leaving the page.
  await manager.reload();
  await card.expectRated("Kubernetes", 2);
  await expect(card.form.getByLabel("Private notes for the team")).toHaveValue(
    "Great storage depth, thin on Kubernetes operations.",
  );
  await expect(card.others).toContainText("Hidden until you submit yours");
  await expectNoAxeViolations(manager);
  await saveScreenshot(manager, testInfo, "scorecard-draft");
  await card.submit();
  await expect(manager.getByRole("status").filter({ hasText: "Submitted: No" })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Amend" })).toBeVisible();
  await saveScreenshot(manager, testInfo, "scorecard-submitted");

  // The recruiter moves on to the decision and declines with the interviewer's suggestion, edited.
  await move(recruiter.request, origin, id, "decision", 2);
  await recruiter.reload();
  const decision = recruiter.getByRole("region", { name: "Scorecards and decision" });
  await expect(decision.getByRole("row", { name: /Kubernetes/ })).toContainText("2");
  await expect(decision.getByRole("list", { name: "Recommendations" })).toContainText("Hanna Manager");
  await decision.getByLabel("Decline, with constructive feedback").check();
  const feedback = decision.getByLabel("Feedback for the candidate");
  await expect(feedback).toHaveValue("Your Ceph knowledge impressed us; deepen your hands-on Kubernetes operations.");
  await feedback.fill(
    "Thank you for the conversation. Your Ceph knowledge impressed us; deepen your hands-on Kubernetes operations and apply again.",
  );
  await expectNoAxeViolations(recruiter);
  await saveScreenshot(recruiter, testInfo, "decision");
  await decision.getByRole("button", { name: "Decline and send feedback" }).click();
  await expect(recruiter.getByRole("heading", { name: /^Rejected/ })).toBeVisible();
  await expect(recruiter.getByText("deepen your hands-on Kubernetes operations and apply again.")).toBeVisible();
  await expect(recruiter.locator(".timeline")).toContainText("Decision recorded");

  await recruiterContext.close();
  await managerContext.close();
});

test("stage 5: referees and the background check open the door to Hired", async ({ page, request, baseURL }) => {
  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Noor Referens",
      email: `noor-${Date.now()}@example.com`,
      country: "NL",
      privacyConsent: "true",
      githubUrl: "https://github.com/noor",
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };
  await signIn(page, "recruiter", `/staff/applications/${id}`);
  await move(page.request, baseURL!, id, "references", 1);
  await page.reload();

  const panel = page.getByRole("region", { name: "References and background check" });
  await panel.getByRole("button", { name: "Add referee" }).click();
  await expect(panel.getByText("Give the referee's name.")).toBeVisible();
  await panel.getByLabel("Referee’s name").fill("Kees de Vries");
  await panel.getByLabel("Relation").fill("Former team lead");
  await panel.getByLabel("Email or phone").fill("kees@example.com");
  await panel.getByRole("button", { name: "Add referee" }).click();
  await expect(panel.getByText("Added Kees de Vries.")).toBeVisible();
  await panel.getByLabel("Status of Kees de Vries").selectOption("received");
  await expect(panel.getByText("Kees de Vries: Received.")).toBeVisible();

  // Hired stays shut until the check is completed.
  await expect(panel.getByText("Hired opens once the background check is completed.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Mark as hired" })).toHaveCount(0);
  await panel.getByLabel("Background check").selectOption("completed");
  await expect(panel.getByText("Background check: Completed.")).toBeVisible();
  await panel.getByRole("button", { name: "Mark as hired" }).click();
  await expect(page.locator(".stage-badge")).toContainText("Hired");
  await expect(page.locator(".timeline")).toContainText("Background check: completed");
  await expect(page.locator(".timeline")).toContainText("Reference from Kees de Vries: received");
  await expectNoAxeViolations(page);
});

test("an interview is called off in two steps: Keep it leaves it planned, Yes cancels it", async ({
  page,
  request,
  baseURL,
}) => {
  const applied = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: "Otto Inställd",
      email: `otto-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      githubUrl: "https://github.com/otto",
    },
  });
  expect(applied.status()).toBe(201);
  const { id } = (await applied.json()) as { id: number };
  await signIn(page, "recruiter", `/staff/applications/${id}`);
  await move(page.request, baseURL!, id, "technical_interviews", 1);
  const planned = await page.request.post(`/api/staff/applications/${id}/interviews`, {
    data: {
      kind: "system_design",
      interviewers: [USERS.manager.email],
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
    headers: { origin: baseURL! },
  });
  expect(planned.status()).toBe(201);
  await page.reload();

  const interviews = page.getByRole("region", { name: "Interviews" });
  const confirm = interviews.getByRole("group", { name: "Confirm cancelling the interview" });
  await interviews.getByRole("button", { name: "Cancel interview" }).click();
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(interviews).not.toContainText("cancelled");

  await interviews.getByRole("button", { name: "Cancel interview" }).click();
  await confirm.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(interviews.getByText("System design · cancelled")).toBeVisible();
  await expect(interviews.getByRole("button", { name: "Cancel interview" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
