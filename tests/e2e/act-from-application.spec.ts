import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { BoardPage, createApplication } from "./pages/board-page";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

/** The application page's moves and its way along the board column (components/application/*). */
class ActingPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
  get columnNav() {
    return this.page.getByRole("navigation", { name: /^Applications in / });
  }
  get moveTo() {
    return this.page.getByRole("button", { name: /^Move to/ });
  }
  get status() {
    return this.page.locator(".application-moves").getByRole("status");
  }
  get alert() {
    return this.page.locator(".application-moves").getByRole("alert");
  }
  get stage() {
    return this.page.locator(".stage-badge");
  }
  /** The moves are a client component; wait until React has hydrated it. */
  async hydrated() {
    await expect(this.heading).toBeVisible();
    await this.page.waitForFunction(() => {
      const el = document.querySelector(".shortcuts-button");
      return el && Object.keys(el).some((k) => k.startsWith("__react"));
    });
  }
  async moveToStage(name: string) {
    await this.moveTo.click();
    await this.page.getByRole("menuitem", { name, exact: true }).click();
  }
}

/** What a phone shows first: the viewport only, next to the full-page shot. */
async function screenAt360(page: Page, testInfo: TestInfo, name: string) {
  await saveScreenshot(page, testInfo, name);
  await page.screenshot({ path: testInfo.outputPath(`${name}-screen.png`) });
}

const token = () => `walk${Math.random().toString(36).slice(2, 8)}`;

test("from the board card, the application page walks the column with j and k, moves, rejects with feedback and says when it was stale", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  test.slow();
  const board = new BoardPage(page);
  await board.signIn(USERS.recruiter);
  // Three applications only this search finds; the column lists them newest first: Cai, Bea, Ada.
  const t = token();
  const ada = await createApplication(request, `Ada ${t}`);
  const bea = await createApplication(request, `Bea ${t}`);
  const cai = await createApplication(request, `Cai ${t}`);
  await board.goto(`?q=${t}`);
  await board
    .card(`Bea ${t}`, "Applied")
    .getByRole("link", { name: `Bea ${t}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/staff/applications/${bea}\\?column=applied&q=${t}$`));

  const app = new ActingPage(page);
  await app.hydrated();
  await expect(app.columnNav).toContainText("2 of 3 in Applied");
  await expect(page.getByRole("link", { name: /Back to Cloud Engineer/ })).toHaveAttribute(
    "href",
    `/staff/jobs/cloud-engineer?column=applied&q=${t}`,
  );

  // j goes down the column (older), k up (newer); neither fires while typing or with a modifier.
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`/staff/applications/${ada}\\?`));
  await expect(app.heading).toHaveText(`Ada ${t}`);
  await expect(app.columnNav).toContainText("3 of 3 in Applied");
  await expect(app.columnNav).toContainText("Last in column");
  await app.hydrated();
  await page.keyboard.press("k");
  await expect(app.heading).toHaveText(`Bea ${t}`);
  await app.hydrated();
  await page.getByLabel("Add a note").click();
  await page.keyboard.type("jk");
  await expect(page.getByLabel("Add a note")).toHaveValue("jk");
  await page.getByLabel("Add a note").fill("");
  await page.getByLabel("Add a note").blur();
  await page.keyboard.press("Control+k");
  await expect(app.heading).toHaveText(`Bea ${t}`);
  await page.keyboard.press("k");
  await expect(app.heading).toHaveText(`Cai ${t}`);
  await expect(page).toHaveURL(new RegExp(`/staff/applications/${cai}\\?column=applied&q=${t}$`));
  await app.hydrated();

  // ? lists the shortcuts in a modal dialog that takes focus and closes with Escape.
  await page.keyboard.press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText("Next application in the column");
  await expect(shortcuts.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("j");
  await expect(app.heading).toHaveText(`Cai ${t}`);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();

  // Move to, as on the card: the page says so, shows the new stage, and Next still follows the column.
  await app.moveToStage("Initial call");
  await expect(app.status).toHaveText(`Moved Cai ${t} to Initial call.`);
  await expect(app.stage).toHaveText("Stage: Initial call");
  await expect(app.columnNav).toContainText("Was in Applied (2)");
  await expect(page.getByRole("list", { name: "Events, newest first" })).toContainText("Initial call");
  await app.hydrated();
  await page.keyboard.press("j");
  await expect(app.heading).toHaveText(`Bea ${t}`);
  await app.hydrated();

  // A stale page: someone moves Bea through the API meanwhile; the page says where she is now.
  const moved = await page.request.post(`/api/staff/applications/${bea}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin: baseURL! },
  });
  expect(moved.status()).toBe(200);
  await app.moveToStage("Decision");
  await expect(app.alert).toHaveText(
    "This application was changed meanwhile: it is now in Technical interviews. Nothing was changed; the page now shows where it is.",
  );
  await expect(app.stage).toHaveText("Stage: Technical interviews");
  await saveScreenshot(page, testInfo, "stale-409");

  // Reject: the dialog asks for a reason and feedback, and the page shows the rejection.
  await page.getByRole("button", { name: "Reject…" }).click();
  const dialog = page.getByRole("dialog", { name: `Reject Bea ${t}` });
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog.getByText("Choose a reason from the list.")).toBeVisible();
  await dialog.getByLabel("Reason").selectOption("must_haves");
  const feedback = "Thank you for your time; we need deeper Ceph experience for this role.";
  await dialog.getByLabel("Feedback for the candidate").fill(feedback);
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.status).toHaveText(
    `Rejected Bea ${t}. The email with your feedback goes to the candidate in 10 seconds, unless you undo.`,
  );
  await expect(page.getByRole("region", { name: /^Rejected:/ })).toContainText(feedback);
  await expect(app.stage).toContainText("Rejected");
  // Closed for a recruiter: nothing more to move to.
  await expect(app.moveTo).toHaveCount(0);

  // 360 px wide: the toolbar wraps, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/staff/applications/${ada}?column=applied&q=${t}`);
  await app.hydrated();
  await expect(app.columnNav).toContainText("1 of 1 in Applied");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenAt360(page, testInfo, "application-360");
  await app.moveTo.click();
  await expect(page.getByRole("menu")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenAt360(page, testInfo, "application-360-menu");
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  await expect(shortcuts).toBeVisible();
  await screenAt360(page, testInfo, "application-360-shortcuts");
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  await expect(app.moveTo).toBeFocused();
});

test("a hiring manager reading an application they interview gets no moves; the recruiter's Reject starts from their scorecard's suggested feedback", async ({
  browser,
  page,
  request,
  baseURL,
}) => {
  const board = new BoardPage(page);
  await board.signIn(USERS.recruiter);
  const id = await createApplication(request, `Dag ${token()}`);
  const origin = { origin: baseURL! };
  expect(
    (
      await page.request.post(`/api/staff/applications/${id}/move`, {
        data: { to: "technical_interviews", version: 1 },
        headers: origin,
      })
    ).status(),
  ).toBe(200);
  const planned = await page.request.post(`/api/staff/applications/${id}/interviews`, {
    data: { kind: "system_design", interviewers: [USERS.manager.email] },
    headers: origin,
  });
  expect(planned.status(), await planned.text()).toBe(201);

  const context = await browser.newContext();
  const manager = await context.newPage();
  const path = `/staff/applications/${id}?column=technical_interviews`;
  await manager.goto(path);
  await new LoginPage(manager).signIn(USERS.manager.email, USERS.manager.password);
  await expect(manager).toHaveURL(new RegExp(`/staff/applications/${id}\\?column=technical_interviews$`));
  const app = new ActingPage(manager);
  await app.hydrated();
  await expect(app.stage).toHaveText("Stage: Technical interviews");
  await expect(app.moveTo).toHaveCount(0);
  await expect(manager.getByRole("button", { name: "Reject…" })).toHaveCount(0);
  await expect(app.columnNav).toHaveCount(0);
  await expect(manager.getByRole("link", { name: /Back to/ })).toHaveAttribute("href", "/staff/jobs/cloud-engineer");

  // The manager's scorecard suggests words for the candidate; the recruiter's Reject starts from them.
  const suggestion = "Thank you for the system design session; we hoped for more depth on storage.";
  const { id: interviewId } = (await planned.json()) as { id: number };
  const submitted = await manager.request.post(`/api/staff/interviews/${interviewId}/scorecard/submit`, {
    data: { ratings: {}, recommendation: "no", candidateFeedback: suggestion },
    headers: origin,
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  await context.close();
  await page.goto(`/staff/applications/${id}`);
  const recruiter = new ActingPage(page);
  await recruiter.hydrated();
  await page.getByRole("button", { name: "Reject…" }).click();
  const dialog = page.getByRole("dialog", { name: /^Reject / });
  await expect(dialog.getByLabel("Feedback for the candidate")).toHaveValue(suggestion);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(recruiter.status).toHaveText("Not rejected; nothing changed.");
  await expect(recruiter.stage).toHaveText("Stage: Technical interviews");
});
