import { expect, test, type Cookie } from "@playwright/test";
import { BoardPage, createApplication, uniqueName } from "./pages/board-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

let board: BoardPage;
// One sign-in for the file (the tests are about the board, not signing in): each test's page
// starts with the recruiter's session cookie.
let recruiterSession: Cookie[] = [];
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await new BoardPage(await context.newPage()).signIn(USERS.recruiter);
  recruiterSession = await context.cookies();
  await context.close();
});
test.beforeEach(async ({ page }) => {
  board = new BoardPage(page);
  await page.context().addCookies(recruiterSession);
});

test("the board shows every stage in order with full counts, and the outcome lanes closed", async ({
  page,
  request,
}) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  await expect(page).toHaveTitle("Board: Cloud Engineer | Rekry");
  const headings = page.locator(".board-column h2 > span:first-child");
  await expect(headings).toHaveText([
    "Applied",
    "Initial call",
    "Meet your future manager",
    "Technical interviews",
    "Decision",
    "References and background check",
  ]);
  const card = board.card(name, "Applied");
  await expect(card).toContainText("0 days in stage");
  await expect(card.getByRole("link", { name: `GitHub profile of ${name}` })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
  await expect(card.getByRole("link", { name, exact: true })).toHaveAttribute(
    "href",
    /\/staff\/applications\/\d+\?column=applied$/,
  );
  for (const lane of ["Hired", "Rejected", "Withdrawn"])
    await expect(board.column(lane).locator("details")).not.toHaveAttribute("open");
});

test("a card dragged with the mouse from Applied to Initial call stays there after a reload", async ({ request }) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  const before = await board.count("Initial call");
  await board.dragWithMouse(name, "Initial call");
  await expect(board.card(name, "Initial call")).toBeVisible();
  await expect.poll(() => board.count("Initial call")).toBe(before + 1);
  await board.saved(name, "Initial call");
  await board.goto();
  await expect(board.card(name, "Initial call")).toBeVisible();
  await expect(board.card(name, "Applied")).toHaveCount(0);
});

test("a card moves with the keyboard alone, with spoken announcements", async ({ page, request }) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  await board.dragHandle(name).focus();
  await page.keyboard.press("Space");
  await expect(board.liveRegion).toContainText(`Picked up ${name} from Applied.`);
  await page.keyboard.press("ArrowRight");
  await expect(board.liveRegion).toContainText(`${name} is over Initial call.`);
  await page.keyboard.press("Space");
  await expect(board.liveRegion).toContainText(`Moved ${name} to Initial call.`);
  await expect(board.card(name, "Initial call")).toBeVisible();
  await board.saved(name, "Initial call");
  await board.goto();
  await expect(board.card(name, "Initial call")).toBeVisible();
});

test("Escape cancels a keyboard drag and the card stays", async ({ page, request }) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  await board.dragHandle(name).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await expect(board.liveRegion).toContainText(`Cancelled. ${name} stays in Applied.`);
  await expect(board.card(name, "Applied")).toBeVisible();
});

test("the Move to menu works with the keyboard and returns focus to its button", async ({ page, request }) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  const button = board.menuButton(name);
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const menu = page.getByRole("menu", { name: `Move ${name} to` });
  await expect(menu.getByRole("menuitem", { name: "Hired" })).toHaveAttribute("aria-disabled", "true");
  await expect(menu.getByRole("menuitem", { name: "Initial call" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Initial call" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Meet your future manager" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(board.card(name, "Meet your future manager")).toBeVisible();
  await expect(board.menuButton(name)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: `Moved ${name} to Meet your future manager.` })).toHaveCount(
    1,
  );
  await board.goto();
  await expect(board.card(name, "Meet your future manager")).toBeVisible();
});

test("a move the server refuses as stale rolls back with a clear message", async ({ page, request, baseURL }) => {
  const name = uniqueName();
  const id = await createApplication(request, name);
  await board.goto();
  const applied = await board.count("Applied");
  const moved = await page.request.post(`/api/staff/applications/${id}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin: baseURL! },
  });
  expect(moved.status()).toBe(200);

  await board.dragWithMouse(name, "Initial call");
  await expect(board.alert).toContainText(`Someone else moved ${name} first; it is now in Technical interviews.`);
  await expect(board.card(name, "Applied")).toBeVisible();
  await expect(board.card(name, "Initial call")).toHaveCount(0);
  expect(await board.count("Applied")).toBe(applied);

  await board.alert.getByRole("button", { name: "Refresh board" }).click();
  await expect(board.card(name, "Technical interviews")).toBeVisible();
});

test("a move the process forbids (Hired from Applied) rolls back with the rule's message", async ({
  page,
  request,
}) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  await board.dragHandle(name).focus();
  await page.keyboard.press("Space");
  for (const column of [
    "Initial call",
    "Meet your future manager",
    "Technical interviews",
    "Decision",
    "References and background check",
    "Hired",
  ]) {
    await page.keyboard.press("ArrowRight");
    await expect(board.liveRegion).toContainText(`${name} is over ${column}.`);
  }
  await page.keyboard.press("Space");
  await expect(board.alert).toContainText("can be marked hired only from the last stage");
  await expect(board.card(name, "Applied")).toBeVisible();
});

test("rejecting asks for a reason and feedback, then the card lands in the Rejected lane", async ({
  page,
  request,
}) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  const rejected = await board.count("Rejected");
  await board.menuButton(name).click();
  await page.getByRole("menuitem", { name: "Rejected" }).click();
  await expect(board.dialog).toBeVisible();
  await expect(board.dialog.getByRole("heading")).toHaveText(`Reject ${name}`);
  await board.dialog.getByRole("button", { name: "Reject" }).click();
  await expect(board.dialog).toContainText("Choose a reason from the list.");
  await expect(board.dialog).toContainText("Write a few constructive sentences");
  await expect(board.dialog.getByText("Kept to be sent to the candidate. Be specific and kind.")).toBeVisible();

  await board.dialog.getByLabel("Reason").selectOption({ label: "Not based in the EU" });
  await board.dialog
    .getByLabel("Feedback for the candidate")
    .fill("Thank you for applying. This role needs someone living in the EU.");
  await board.dialog.getByRole("button", { name: "Reject" }).click();
  await expect(board.dialog).toHaveCount(0);
  await expect.poll(() => board.count("Rejected")).toBe(rejected + 1);
  await board.openLane("Rejected");
  await expect(board.card(name, "Rejected")).toBeVisible();
  await expect(board.card(name, "Applied")).toHaveCount(0);
});

test("cancelling the reject dialog leaves the card where it was", async ({ page, request }) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  await board.menuButton(name).click();
  await page.getByRole("menuitem", { name: "Rejected" }).click();
  await board.dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(board.dialog).toHaveCount(0);
  await expect(board.card(name, "Applied")).toBeVisible();
  await expect(board.menuButton(name)).toBeFocused();
});

test("two selected cards move together with the bulk bar", async ({ page, request }) => {
  const [a, b] = [uniqueName("Bo"), uniqueName("Cia")];
  await createApplication(request, a);
  await createApplication(request, b);
  await board.goto();
  const decision = await board.count("Decision");
  await page.getByRole("checkbox", { name: `Select ${a}` }).check();
  await page.getByRole("checkbox", { name: `Select ${b}` }).check();
  await board.bulkBar.getByLabel("Move 2 selected to").selectOption({ label: "Decision" });
  await board.bulkBar.getByRole("button", { name: "Move", exact: true }).click();
  await expect(board.card(a, "Decision")).toBeVisible();
  await expect(board.card(b, "Decision")).toBeVisible();
  await expect.poll(() => board.count("Decision")).toBe(decision + 2);
  await expect(board.bulkBar).toHaveCount(0);
  await board.goto();
  await expect(board.card(a, "Decision")).toBeVisible();
  await expect(board.card(b, "Decision")).toBeVisible();
});

test("search narrows the board and lives in the URL", async ({ page, request }) => {
  const name = uniqueName("Filippa");
  await createApplication(request, name);
  await createApplication(request, uniqueName("Other"));
  await board.goto();
  await page.getByLabel("Search").fill(name);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]q=Filippa/);
  await board.waitForHydration();
  await expect(page.locator("article.board-card")).toHaveCount(1);
  await expect(board.card(name, "Applied")).toBeVisible();
  expect(await board.count("Applied")).toBe(1);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect.poll(() => board.count("Applied")).toBeGreaterThan(1);
});

test("the server draws the first cards of a column and the browser the rest; a closed lane fetches its cards when opened", async ({
  page,
  request,
  baseURL,
}) => {
  const token = `Paging${Math.random().toString(36).slice(2, 7)}`;
  const ids: number[] = [];
  for (let i = 0; i < 18; i++) ids.push(await createApplication(request, `${token} Nummer ${i}`));
  const query = `?q=${token}`;
  // 15 cards in the HTML the server sends, all 18 once the page is running.
  const html = await (await page.request.get(`/staff/jobs/${board.slug}${query}`)).text();
  expect(html.match(/<article class="board-card/g)).toHaveLength(15);
  await board.rejectThroughApi(ids[0]!, baseURL!);
  await board.goto(query);
  await expect(board.column("Applied").locator("article.board-card")).toHaveCount(17);
  expect(await board.count("Applied")).toBe(17);
  expect(await board.count("Rejected")).toBe(1);
  await expect(board.card(`${token} Nummer 0`)).toHaveCount(0);
  await board.openLane("Rejected");
  await expect(board.card(`${token} Nummer 0`, "Rejected")).toBeVisible();
});

test("an outcome lane that cannot load says so, and loads when opened again", async ({ page, request, baseURL }) => {
  const name = uniqueName();
  const id = await createApplication(request, name);
  await board.rejectThroughApi(id, baseURL!);
  await board.goto(`?q=${encodeURIComponent(name)}`);
  // The lane's first fetch (a server action, posted to the board's own URL) fails once.
  let failures = 0;
  await page.route(
    (url) => url.pathname === `/staff/jobs/${board.slug}`,
    (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"] && failures === 0) {
        failures++;
        return route.fulfill({ status: 500, body: "" });
      }
      return route.continue();
    },
  );
  await board.openLane("Rejected");
  await expect(board.column("Rejected")).toContainText(
    "Could not load these applications. Close and open the lane to try again.",
  );
  expect(failures).toBe(1);
  await board.openLane("Rejected");
  await board.openLane("Rejected");
  await expect(board.card(name, "Rejected")).toBeVisible();
  await expect(board.column("Rejected")).not.toContainText("Could not load");
});

test("the board has no WCAG 2.1 A/AA violations, with the menu and the reject dialog open too", async ({
  page,
  request,
}, testInfo) => {
  const name = uniqueName();
  await createApplication(request, name);
  await board.goto();
  await saveScreenshot(page, testInfo, "board");
  await expectNoAxeViolations(page);
  await board.menuButton(name).click();
  await saveScreenshot(page, testInfo, "board-menu");
  await expectNoAxeViolations(page);
  await page.getByRole("menuitem", { name: "Rejected" }).click();
  await expect(board.dialog).toBeVisible();
  await saveScreenshot(page, testInfo, "board-reject-dialog");
  await expectNoAxeViolations(page);
});

test("a hiring manager gets a clear No access page, and an unknown job a 404", async ({ page }) => {
  expect((await page.goto("/staff/jobs/no-such-job"))?.status()).toBe(404);
  await page.context().clearCookies();
  await board.signIn(USERS.manager);
  await page.goto(`/staff/jobs/${board.slug}`);
  await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
});
