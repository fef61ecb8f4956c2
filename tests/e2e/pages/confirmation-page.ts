import type { Locator, Page } from "@playwright/test";
import { localePath, SLUG, type Lang } from "./locale";

/** The page after applying: thanks, and the private status link. */
export class ConfirmationPage {
  readonly path: string;
  readonly heading: Locator;
  readonly statusLink: Locator;
  readonly openStatusButton: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang = "en",
  ) {
    this.path = localePath(lang, `/jobs/${SLUG}/applied`);
    this.heading = page.getByRole("heading", { level: 1 });
    this.statusLink = page.locator("a.status-link");
    this.openStatusButton = page.getByRole("link", { name: "Open my status page" });
  }
}

/** `http://localhost:<port>/status/<43-character base64url token>` */
export const STATUS_URL = /^http:\/\/(?:localhost|127\.0\.0\.1):\d+\/status\/[A-Za-z0-9_-]{43}$/;
