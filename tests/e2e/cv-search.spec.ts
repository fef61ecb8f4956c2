import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { BoardPage } from "./pages/board-page";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

// A CV made by LibreOffice (tests/fixtures/cv/make-fixtures.sh): "Ran Ceph and Rook on Kubernetes ..."
const CV = readFileSync(path.join(__dirname, "..", "fixtures", "cv", "libreoffice.pdf"));

// Waiting for the runner, then screenshots at two widths and axe: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

/** Signs in and waits for the staff start page longer than BoardPage does: a cold server is slow. */
async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await new LoginPage(page).signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/staff$/, { timeout: 30_000 });
}

let name: string;
let id: number;
test.beforeAll(async ({ request }) => {
  name = `Ingrid Sökbar ${Date.now().toString(36)}`;
  const res = await request.post("/api/jobs/cloud-engineer/applications", {
    multipart: {
      fullName: name,
      email: `cv-search-${Date.now()}@example.com`,
      country: "SE",
      privacyConsent: "true",
      cv: { name: "Ingrid CV.pdf", mimeType: "application/pdf", buffer: CV },
    },
  });
  expect(res.status()).toBe(201);
  id = ((await res.json()) as { id: number }).id;
});

/** The server's runner reads the CV a few seconds after the answer: search until it is found. */
async function searchUntilFound(page: Page, go: () => Promise<void>) {
  await expect(async () => {
    await go();
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test('a recruiter types "ceph rook" on the board and sees the candidate with where the CV says so', async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page);
  await signIn(page, USERS.recruiter);
  await searchUntilFound(page, async () => {
    await board.goto();
    await page.getByLabel("Search", { exact: true }).fill("ceph rook");
    await page.getByLabel("Search", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/q=ceph\+rook/);
  });
  const card = page.locator(".board-card", { has: page.getByRole("link", { name, exact: true }) });
  await expect(card.locator(".match-snippet mark")).toHaveText(["Ceph", "Rook"]);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, testInfo, `board-cv-search-${width}`);
  }
  await expectNoAxeViolations(page);
});

test("a recruiter finds the candidate on /staff/search across all jobs, and reads the CV's text on the application page", async ({
  page,
}, testInfo) => {
  await signIn(page, USERS.recruiter);
  await page.getByRole("link", { name: "Search", exact: true }).first().click();
  await expect(page).toHaveURL(/\/staff\/search$/);
  await searchUntilFound(page, async () => {
    await page.goto("/staff/search");
    await page.getByRole("searchbox", { name: "Search" }).fill("ceph rook");
    await page.getByRole("button", { name: "Search" }).click();
  });
  const hit = page.locator(".search-hit", { has: page.getByRole("link", { name, exact: true }) });
  await expect(hit).toContainText("Cloud Engineer");
  await expect(hit.locator("mark")).toHaveText(["Ceph", "Rook"]);
  await expect(page.getByRole("status")).toContainText(/result/);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, testInfo, `staff-search-${width}`);
    await expectNoAxeViolations(page);
  }
  // A phrase in the wrong order, and an exclusion, leave the candidate out.
  await page.goto(`/staff/search?q=${encodeURIComponent('"rook and ceph"')}`);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  await page.goto(`/staff/search?q=${encodeURIComponent("ceph -kubernetes")}`);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  await page.goto(`/staff/applications/${id}`);
  const text = page.locator("details.cv-text");
  await expect(text).not.toHaveAttribute("open");
  await text.locator("summary").click();
  await expect(text.getByRole("region", { name: "Text of the CV" })).toContainText("Ran Ceph and Rook on Kubernetes");
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, testInfo, `application-cv-text-${width}`);
  }
  await expectNoAxeViolations(page);
});

test("a hiring manager's search finds nothing they do not interview for", async ({ page }) => {
  await signIn(page, USERS.manager);
  await page.goto(`/staff/search?q=${encodeURIComponent("ceph rook")}`);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("Nothing found");
});
