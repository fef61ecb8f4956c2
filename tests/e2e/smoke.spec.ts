import { expect, test } from "@playwright/test";

test("the careers page lists the Cloud Engineer role", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cloud Engineer", exact: true })).toBeVisible();
});
