import Database from "better-sqlite3";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { saveScreenshot } from "./support/screenshot";
import { ExtraServer } from "./support/server";
import { USERS } from "./users";

test("pages a hiring manager may not see answer 403 with the one No access page", async ({ page }, testInfo) => {
  await page.goto("/login");
  await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
  await expect(page).toHaveURL(/\/staff$/);
  for (const path of [
    "/staff/users",
    "/staff/outbox",
    "/staff/reports",
    "/staff/jobs/new",
    "/staff/jobs/cloud-engineer",
    "/staff/jobs/cloud-engineer/edit",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("No access");
    await expect(page.getByRole("link", { name: "Go to the staff home page" }), path).toBeVisible();
  }
  await saveScreenshot(page, testInfo, "no-access");
});

test("an unknown status link answers a real 404 that still points to a new link", async ({ page }) => {
  const response = await page.goto("/status/this-token-belongs-to-nobody-at-all-0000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find this status page");
  await expect(page.getByRole("link", { name: "Lost your status link?" })).toBeVisible();
});

test("an unknown talent-pool consent link answers a real 404 in both languages", async ({ page }) => {
  const response = await page.goto("/consent/this-token-belongs-to-nobody-at-all-0000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  await expect(page.getByText("Kopiera hela länken från mejlet.")).toBeVisible();
});

test("an unknown scheduling link answers a real 404 in both languages, each part marked with its own", async ({
  page,
}, testInfo) => {
  const response = await page.goto(`/schedule/${"x".repeat(43)}`);
  expect(response?.status()).toBe(404);
  const english = page.getByRole("heading", { level: 1 });
  await expect(english).toHaveText("This link does not work any more");
  await expect(english).toHaveAttribute("lang", "en");
  const swedish = page.locator('section[lang="sv"]');
  await expect(swedish.getByRole("heading", { level: 2 })).toHaveText("Länken fungerar inte längre");
  await expect(swedish).toContainText("Svara på vårt mejl så hittar vi en tid tillsammans.");
  await expect(page).toHaveTitle("Interview time");
  await saveScreenshot(page, testInfo, "schedule-unknown-link");
});

test("an unexpected error shows a calm page in the visitor's language with the reference the server logged", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 3210) + 60;
  const dir = path.resolve(".tmp", `errors-${port}`);
  rmSync(dir, { recursive: true, force: true });
  const log = path.join(dir, "server.log");
  const server = new ExtraServer(port, dir, log);
  await server.start();
  try {
    // A table gone under a running server: every careers page query now fails unexpectedly.
    const db = new Database(server.env.DATABASE_PATH);
    db.exec("ALTER TABLE jobs RENAME TO jobs_gone");
    db.close();

    for (const [url, title] of [
      [`${server.baseURL}/`, "Something went wrong"],
      [`${server.baseURL}/sv`, "Något gick fel"],
    ] as const) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(500);
      await expect(page.getByRole("heading", { level: 1 }), url).toHaveText(title);
      const reference = (await page.getByTestId("error-reference").textContent())?.trim() ?? "";
      expect(reference, url).toMatch(/^\w+$/);
      await expect(page.locator("body"), url).not.toContainText("no such table");
      await expect(page.locator("body"), url).not.toContainText("SqliteError");
      await saveScreenshot(page, testInfo, `error-${url.endsWith("sv") ? "sv" : "en"}`);
      await expect
        .poll(() => readFileSync(log, "utf8"), { message: `log names ${reference}` })
        .toContain(`reference ${reference}`);
    }
  } finally {
    server.kill("SIGTERM");
  }
});
