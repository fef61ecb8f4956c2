import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

const FEED = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//e2e//EN",
  "BEGIN:VEVENT",
  "UID:e2e-busy",
  "DTSTAMP:20260101T000000Z",
  `DTSTART:${new Date(Date.now() + 2 * 86_400_000).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`,
  "DURATION:PT1H",
  "SUMMARY:Dentist",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

/**
 * An interviewer sets their zone and hours and connects a private feed served here on loopback:
 * the page then shows only the host, never the secret address, and "Test connection" reports.
 */
test("an interviewer sets interview hours and connects a calendar feed that is then shown by host only", async ({
  page,
}, testInfo) => {
  let answer = FEED;
  const feed = createServer((_req, res) => res.writeHead(200, { "content-type": "text/calendar" }).end(answer));
  await new Promise<void>((r) => feed.listen(0, "127.0.0.1", r));
  const host = `127.0.0.1:${(feed.address() as AddressInfo).port}`;
  const secretUrl = `http://${host}/private/s3cr3t-t0ken/basic.ics`;
  try {
    await page.goto("/login?next=/staff/account");
    await new LoginPage(page).signIn(USERS.manager.email, USERS.manager.password);
    await expect(page.getByRole("heading", { name: "Scheduling" })).toBeVisible({ timeout: 30_000 });
    // Server-rendered with the saved values, before any script runs.
    await expect(page.getByLabel("Your time zone")).toHaveValue("Europe/Stockholm");
    await expect(page.locator("#range-4-day")).toHaveValue("5");
    await page.waitForLoadState("networkidle");
    await page.setViewportSize({ width: 360, height: 800 });
    await saveScreenshot(page, testInfo, "account-scheduling-360");
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page, "the account page at 360 px");

    await page.getByLabel("Your time zone").selectOption("Europe/Lisbon");
    await page.getByRole("button", { name: "Add a range" }).click();
    await page.locator("#range-5-day").selectOption("6");
    await page.locator("#range-5-start").fill("10:00");
    await page.locator("#range-5-end").fill("09:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await expect(page.locator("#range-5-end-error")).toHaveText("The end must come after the start.");
    await page.locator("#range-5-end").fill("12:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Interview hours saved." })).toBeVisible({
      timeout: 15_000,
    });

    await page.getByLabel("Kind").selectOption("ics");
    await page.getByLabel("Secret feed address").fill(secretUrl);
    await page.getByRole("button", { name: "Connect calendar" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `Connected to ${host}: 1 busy time in the next 14 days.` }),
    ).toBeVisible({ timeout: 15_000 });
    await page.reload();
    await expect(page.getByText(`Connected to ${host}`)).toBeVisible();
    expect(await page.content()).not.toContain("s3cr3t-t0ken");
    await expect(page.getByLabel("Your time zone")).toHaveValue("Europe/Lisbon");
    await expectNoSidewaysScroll(page, "the account page with a calendar connected, at 360 px");

    answer = "<html>please sign in</html>";
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible({ timeout: 15_000 });
    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, testInfo, "account-scheduling-1280");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Disconnect" }).click();
    await expect(page.getByText("No calendar connected")).toBeVisible();
  } finally {
    feed.close();
  }
});
