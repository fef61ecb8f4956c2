import { expect, test, type APIRequestContext } from "@playwright/test";
import { BoardPage, uniqueName } from "./pages/board-page";
import { SLUG } from "./pages/locale";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

async function applyAs(request: APIRequestContext, fields: Record<string, string>): Promise<number> {
  const email = `people-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const res = await request.post(`/api/jobs/${SLUG}/applications`, {
    multipart: { email, country: "SE", privacyConsent: "true", portfolioUrl: "https://portfolio.example", ...fields },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

test("a recruiter merges a possible duplicate (same name and phone, another email) and undoes the merge", async ({
  page,
}, testInfo) => {
  test.slow();
  const board = new BoardPage(page);
  await board.signIn(USERS.recruiter);
  const name = uniqueName("Dupe");
  const first = await applyAs(page.request, { fullName: name, phone: "+46 70-123 45 67" });
  await applyAs(page.request, { fullName: name, phone: "0046701234567" });
  await page.goto(`/staff/applications/${first}`);
  const panel = page.getByRole("region", { name: "One person across jobs" });
  await expect(panel).toContainText("same name and phone");
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, testInfo, `duplicate-offer-${width}`);
  }
  await expectNoAxeViolations(page);
  await panel.getByRole("button", { name: "Merge into this record" }).click();
  await expect(panel.getByRole("status")).toContainText("into this record");
  await expect(panel).toContainText("Also applied to");
  await expect(panel.getByRole("button", { name: "Undo merge" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Events, newest first" })).toContainText("Candidate records merged");
  await saveScreenshot(page, testInfo, "merged-1280");
  await expectNoAxeViolations(page);
  await panel.getByRole("button", { name: "Undo merge" }).click();
  await expect(panel.getByRole("status")).toContainText("Undid the merge");
  await expect(panel.getByRole("button", { name: "Merge into this record" })).toBeVisible();
});

test("a recruiter finds a consenting candidate in the talent pool and invites them to apply", async ({
  page,
}, testInfo) => {
  const board = new BoardPage(page);
  await board.signIn(USERS.recruiter);
  const name = uniqueName("Pool");
  await applyAs(page.request, { fullName: name, futureRolesConsent: "true" });
  await page.goto(`/staff/talent?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Talent pool" })).toBeVisible();
  const person = page.locator(".talent-list > li", { hasText: name });
  await expect(person).toHaveCount(1);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, testInfo, `talent-pool-${width}`);
  }
  await expectNoAxeViolations(page);
  await person.getByRole("button", { name: "Send invitation" }).click();
  await expect(person.getByRole("status")).toHaveText(`Invitation sent to ${name}.`);
  await person.getByRole("button", { name: "Send invitation" }).click();
  await expect(person.getByRole("alert")).toContainText("already been invited");
  await expectNoAxeViolations(page);
});
