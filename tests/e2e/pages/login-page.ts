import { expect, type Page } from "@playwright/test";

/** The sign-in form, in English or (for a Swedish browser, as nobody is signed in yet) Swedish. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string) {
    await this.page.getByLabel(/^(Email|E-post)$/).fill(email);
    await this.page.getByLabel(/^(Password|Lösenord)$/).fill(password);
    await this.page.getByRole("button", { name: /^(Sign in|Logga in)$/ }).click();
  }

  async expectMessage(text: string | RegExp) {
    await expect(this.page.locator(".error-summary")).toContainText(text);
  }
}
