import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target, `not reachable with ${maxPresses} presses of Tab`).toBeFocused({ timeout: 1 });
}
