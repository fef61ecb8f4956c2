import { expect, type Locator, type Page } from "@playwright/test";

/** The staff header (components/staff/staff-header.tsx): links, or a Menu button on narrow screens. */
export class StaffHeader {
  readonly menuButton: Locator;
  readonly menu: Locator;
  readonly nav: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.menuButton = page.getByRole("button", { name: "Menu" });
    this.menu = page.locator("#staff-menu");
    this.nav = page.getByRole("navigation", { name: "Staff" });
    this.signOut = page.getByRole("button", { name: "Sign out" });
  }

  /**
   * React has taken over the page: its root element carries React's fiber key once hydrated.
   * (Not "networkidle": a CV shown in Chromium's PDF viewer can keep the network busy for long.)
   */
  async waitForHydration() {
    await this.page.waitForLoadState("load");
    await this.page.waitForFunction(() => {
      const root = document.querySelector(".staff-header button, main");
      return root !== null && Object.keys(root).some((key) => key.startsWith("__reactFiber"));
    });
  }

  /** Opens the menu by clicking, retrying while the page is still hydrating. */
  async open() {
    await expect(async () => {
      if ((await this.menuButton.getAttribute("aria-expanded")) !== "true") await this.menuButton.click();
      await expect(this.menuButton).toHaveAttribute("aria-expanded", "true", { timeout: 500 });
    }).toPass();
  }
}
