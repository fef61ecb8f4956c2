import type { Locator, Page } from "@playwright/test";
import { localePath, type Lang } from "./locale";

/** The list of open roles at / and /sv. */
export class CareersPage {
  readonly heading: Locator;
  readonly roleLink: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang = "en",
  ) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.roleLink = page.getByRole("heading", { level: 3 }).getByRole("link", { name: "Cloud Engineer", exact: true });
  }

  async goto() {
    await this.page.goto(localePath(this.lang, "/"));
  }
}
