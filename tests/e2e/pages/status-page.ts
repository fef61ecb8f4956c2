import type { Locator, Page } from "@playwright/test";

/** The candidate's private status page at /status/{token}. */
export class StatusPage {
  readonly heading: Locator;
  readonly currentStep: Locator;
  readonly progress: Locator;
  readonly currentProgressItem: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.currentStep = page.getByRole("region", { name: "Where you are now" }).locator("strong");
    this.progress = page.getByRole("list", { name: "Progress" }).getByRole("listitem");
    this.currentProgressItem = page.locator('ol.progress [aria-current="step"]');
  }
}
