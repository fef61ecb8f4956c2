import { expect, test } from "@playwright/test";
import { startReceiver, verifies } from "../helpers/webhook-receiver";
import { createApplication, uniqueName } from "./pages/board-page";
import { LoginPage } from "./pages/login-page";
import { expectNoAxeViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshot";
import { USERS } from "./users";

test("an admin adds a webhook endpoint, sees a signed delivery arrive and resends it under the same id", async ({
  page,
  request,
}, testInfo) => {
  const receiver = await startReceiver();
  try {
    await page.goto("/login");
    await new LoginPage(page).signIn(USERS.admin.email, USERS.admin.password);
    await page.getByRole("link", { name: "Integrations" }).click();
    await expect(page.getByRole("heading", { name: "Integrations", level: 1 })).toBeVisible();
    await page.getByLabel("URL").fill(receiver.url);
    await page.getByLabel("Description").fill("E2E receiver");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.locator(".secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await saveScreenshot(page, testInfo, "integrations-desktop");

    const id = await createApplication(request, uniqueName());
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const [first] = receiver.received;
    expect(verifies(secret, first!)).toBe(true);
    expect(JSON.parse(first!.body)).toMatchObject({ type: "application.applied", data: { applicationId: id } });

    await page.reload();
    await page.getByRole("link", { name: receiver.url }).click();
    const row = page.getByRole("row", { name: new RegExp(`application\\.applied · application #${id}`) });
    await expect(row).toContainText("delivered");
    await row.getByText(/: 200 in \d+ ms/).click();
    await expect(row.getByText("thanks")).toBeVisible();
    await row.getByRole("button", { name: /Resend/ }).click();
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(2);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(verifies(secret, receiver.received[1]!)).toBe(true);
    await page.reload();
    await expect(row.getByText(/: 200 in \d+ ms/)).toHaveCount(2);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "endpoint-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, testInfo, "endpoint-phone");
  } finally {
    await receiver.close();
  }
});
