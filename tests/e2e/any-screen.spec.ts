import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BoardPage, createApplication, uniqueName } from "./pages/board-page";
import { SLUG } from "./pages/locale";
import { LoginPage } from "./pages/login-page";
import { StaffHeader } from "./pages/staff-header";
import { expectNoAxeViolations } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { pdfBytes } from "./support/server";
import { USERS } from "./users";

/**
 * Every staff page (and the login) at a phone's, a tablet's and a laptop's width: no sideways
 * scrolling of the page, axe clean, and a full-page screenshot kept in tests/e2e/screens/.
 */
const WIDTHS = [360, 768, 1280] as const;
const SCREENS = path.join(__dirname, "screens");
const STATES = path.resolve(".tmp", "any-screen");
type Role = "admin" | "recruiter" | "manager";
const ROLES: Role[] = ["admin", "recruiter", "manager"];

/** One fresh application in each of the job's stages; returns their names by stage key. */
async function oneInEachStage(browser: Browser, origin: string): Promise<Map<string, string>> {
  const context = await browser.newContext({ storageState: stateOf("recruiter") });
  const names = new Map<string, string>();
  for (const stage of STAGES) {
    const name = uniqueName();
    const id = await createApplication(context.request, name);
    if (stage !== "applied") {
      const res = await context.request.post(`/api/staff/applications/${id}/move`, {
        data: { to: stage, version: 1 },
        headers: { origin },
      });
      expect(res.status(), await res.text()).toBe(200);
    }
    names.set(stage, name);
  }
  await context.close();
  return names;
}
const STAGES = ["applied", "initial_call", "manager_meeting", "technical_interviews", "decision", "references"];

const stateOf = (role: Role) => path.join(STATES, `${role}.json`);
const made = { application: 0, interview: 0, inStage: new Map<string, string>() };

async function signIn(page: Page, role: Role) {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS[role].email, USERS[role].password);
  await expect(page).toHaveURL(/\/staff$/);
}

/** One sign-in per role for the whole file, and an application with an interview for the manager. */
async function prepare(browser: Browser, origin: string) {
  mkdirSync(STATES, { recursive: true });
  for (const role of ROLES) {
    const context = await browser.newContext();
    await signIn(await context.newPage(), role);
    await context.storageState({ path: stateOf(role) });
    await context.close();
  }
  const context = await browser.newContext({ storageState: stateOf("recruiter") });
  const request = context.request;
  const applied = await request.post(`/api/jobs/${SLUG}/applications`, {
    multipart: {
      fullName: "Maximiliana Wolfeschlegelsteinhausen-Bergdorff",
      email: `screens-${Date.now()}@example.com`,
      country: "SE",
      note: "I run Ceph and Kubernetes for a living.",
      githubUrl: "https://github.com/maximiliana-wolfeschlegelsteinhausen",
      privacyConsent: "true",
      cv: { name: "cv.pdf", mimeType: "application/pdf", buffer: pdfBytes() },
    },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  made.application = ((await applied.json()) as { id: number }).id;
  const moved = await request.post(`/api/staff/applications/${made.application}/move`, {
    data: { to: "technical_interviews", version: 1 },
    headers: { origin },
  });
  expect(moved.status(), await moved.text()).toBe(200);
  const planned = await request.post(`/api/staff/applications/${made.application}/interviews`, {
    data: {
      kind: "system_design",
      interviewers: [USERS.manager.email],
      startsAt: new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(),
      durationMinutes: 60,
      videoUrl: "https://meet.example.com/screens",
    },
    headers: { origin },
  });
  expect(planned.status(), await planned.text()).toBe(201);
  made.interview = ((await planned.json()) as { id: number }).id;
  await context.close();
  made.inStage = await oneInEachStage(browser, origin);
}

const PAGES: { name: string; role: Role | null; path: () => string }[] = [
  { name: "login", role: null, path: () => "/login" },
  { name: "overview", role: "admin", path: () => "/staff" },
  { name: "overview", role: "manager", path: () => "/staff" },
  { name: "board", role: "recruiter", path: () => `/staff/jobs/${SLUG}` },
  { name: "job-new", role: "admin", path: () => "/staff/jobs/new" },
  { name: "job-edit", role: "recruiter", path: () => `/staff/jobs/${SLUG}/edit` },
  { name: "application", role: "recruiter", path: () => `/staff/applications/${made.application}` },
  { name: "application", role: "manager", path: () => `/staff/applications/${made.application}` },
  { name: "interviews", role: "manager", path: () => "/staff/interviews" },
  { name: "scorecard", role: "manager", path: () => `/staff/interviews/${made.interview}` },
  { name: "reports", role: "admin", path: () => "/staff/reports" },
  { name: "users", role: "admin", path: () => "/staff/users" },
  { name: "outbox", role: "admin", path: () => "/staff/outbox" },
  { name: "messages", role: "recruiter", path: () => "/staff/messages" },
  { name: "audit", role: "admin", path: () => "/staff/audit" },
  { name: "account", role: "recruiter", path: () => "/staff/account" },
  { name: "no-access", role: "manager", path: () => "/staff/reports" },
];

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await prepare(browser, baseURL!);
});

/** The page's own width, wider than the window when something sticks out sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/**
 * Controls a finger must hit, smaller than 44 × 44 CSS px. A checkbox or radio counts by the
 * largest of itself and its labels (a tap on a label ticks it); links inside running text are
 * exempt, as in WCAG 2.5.5.
 */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const selector = [
      "button",
      "select",
      "input:not([type=hidden])",
      "textarea",
      "summary",
      "a.button",
      ".staff-header a",
      "[role=menuitem]",
    ].join(",");
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility() || el.closest(".visually-hidden")) continue;
      const boxes = [
        el,
        ...(el.matches("[type=checkbox], [type=radio]") ? [...((el as HTMLInputElement).labels ?? [])] : []),
      ]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const { width, height } = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      if (width < 43.5 || height < 43.5) {
        const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? "";
        small.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${name}" ${Math.round(width)}×${Math.round(height)}`,
        );
      }
    }
    return small;
  });
}

for (const { name, role, path: pathOf } of PAGES) {
  for (const width of WIDTHS) {
    const label = `${name}${role ? ` as ${role}` : ""}`;
    test(`${label} at ${width} px: no sideways scrolling, no WCAG 2.1 A/AA violations, screenshot kept`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        storageState: role ? stateOf(role) : undefined,
      });
      const page = await context.newPage();
      await page.goto(pathOf());
      await new StaffHeader(page).waitForHydration();
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENS, `${name}-${role ?? "signed-out"}-${width}.png`),
        fullPage: true,
      });
      expect(await pageWidth(page), "the page's width").toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
      if (width === 360) expect(await smallTargets(page), "controls smaller than 44 × 44 px").toEqual([]);
      await context.close();
    });
  }
}

test("at 360 px the staff menu opens and closes with the keyboard and reaches Sign out", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await signIn(page, "admin");
  const header = new StaffHeader(page);
  await header.waitForHydration();
  await expect(header.nav).toBeHidden();
  await expect(header.menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(header.menuButton).toHaveAttribute("aria-controls", "staff-menu");

  await tabTo(page, header.menuButton);
  await page.keyboard.press("Enter");
  await expect(header.menuButton).toHaveAttribute("aria-expanded", "true");
  await expect(header.nav.getByRole("link", { name: "Audit" })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, "menu-open-admin-360.png"), fullPage: true });
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(header.nav.getByRole("link", { name: "Jobs" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(header.menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(header.nav).toBeHidden();
  await expect(header.menuButton).toBeFocused();

  await page.keyboard.press("Space");
  await expect(header.nav).toBeVisible();
  await tabTo(page, header.signOut, 12);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test("at 360 px a link in the staff menu opens its page with the menu closed again", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, storageState: stateOf("admin") });
  const page = await context.newPage();
  await page.goto("/staff");
  const header = new StaffHeader(page);
  await header.waitForHydration();
  await header.open();
  await header.nav.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/staff\/users$/);
  await expect(header.menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(header.nav).toBeHidden();
  await context.close();
});

test("at 1280 px the staff header shows its links and no Menu button", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: stateOf("admin") });
  const page = await context.newPage();
  await page.goto("/staff");
  const header = new StaffHeader(page);
  await expect(header.nav.getByRole("link", { name: "Audit" })).toBeVisible();
  await expect(header.signOut).toBeVisible();
  await expect(header.menuButton).toBeHidden();
  await context.close();
});

test("at 360 px the board's column switcher shows each stage's cards, and a reload keeps the choice", async ({
  browser,
}) => {
  const names = made.inStage;
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    storageState: stateOf("recruiter"),
  });
  const page = await context.newPage();
  const board = new BoardPage(page);
  await board.goto();
  const switcher = page.getByRole("combobox", { name: "Column" });
  await expect(switcher).toHaveValue("applied");
  const visibleColumns = page.locator("section.board-column:visible");
  for (const stage of STAGES) {
    await switcher.selectOption(stage);
    await expect(visibleColumns).toHaveCount(1);
    await expect(visibleColumns.locator(`#col-${stage}`)).toBeVisible();
    await expect(board.card(names.get(stage)!)).toBeVisible();
    const count = await visibleColumns.locator(".count").first().textContent();
    await expect(switcher.locator("option:checked")).toHaveText(new RegExp(`\\(${Number.parseInt(count!, 10)}\\)$`));
    await expect(page).toHaveURL(new RegExp(`[?&]column=${stage}(&|$)`));
  }
  await switcher.selectOption("manager_meeting");
  await page.reload();
  await board.waitForHydration();
  await expect(switcher).toHaveValue("manager_meeting");
  await expect(visibleColumns.locator("#col-manager_meeting")).toBeVisible();
  await expect(board.card(names.get("manager_meeting")!)).toBeVisible();
  await expect(board.card(names.get("applied")!)).toBeHidden();
  // The outcome lanes stay under the column, as on a wide board.
  await expect(board.column("Rejected").locator("summary")).toBeVisible();
  await context.close();
});

test("at 360 px a card moved with its Move to menu leaves the shown column and focus stays on the switcher", async ({
  browser,
  baseURL,
}) => {
  const names = await oneInEachStage(browser, baseURL!);
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    storageState: stateOf("recruiter"),
  });
  const page = await context.newPage();
  const board = new BoardPage(page);
  await board.goto("?column=initial_call");
  const name = names.get("initial_call")!;
  await board.menuButton(name).click();
  await page
    .getByRole("menu", { name: `Move ${name} to` })
    .getByRole("menuitem")
    .first()
    .click();
  await expect(board.card(name)).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Column" })).toBeFocused();
  await context.close();
});

test("without JavaScript at 360 px the staff links show and the column switcher works with its Show button", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    storageState: stateOf("recruiter"),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`/staff/jobs/${SLUG}`);
  const header = new StaffHeader(page);
  await expect(header.menuButton).toBeHidden();
  await expect(header.nav.getByRole("link", { name: "Reports" })).toBeVisible();
  await expect(header.signOut).toBeVisible();
  await page.getByRole("combobox", { name: "Column" }).selectOption("decision");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]column=decision(&|$)/);
  await expect(page.locator("section.board-column:visible")).toHaveCount(1);
  await expect(page.locator("section.board-column:visible #col-decision")).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  await context.close();
});

test("at 1280 px the board shows every column without a switcher, and a card still moves by drag and drop", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    storageState: stateOf("recruiter"),
  });
  const page = await context.newPage();
  const name = uniqueName();
  await createApplication(context.request, name);
  const board = new BoardPage(page);
  await board.goto("?column=decision");
  await expect(page.getByRole("combobox", { name: "Column" })).toBeHidden();
  await expect(page.locator("section.board-column:visible")).toHaveCount(STAGES.length);
  await board.dragWithMouse(name, "Initial call");
  await expect(board.card(name, "Initial call")).toBeVisible();
  await board.saved(name, "Initial call");
  await page.reload();
  await expect(board.card(name, "Initial call")).toBeVisible();
  await context.close();
});
