import { expect, type Locator, type Page } from "@playwright/test";

/** An interviewer's scorecard page, /staff/interviews/{id}. */
export class ScorecardPage {
  readonly form: Locator;
  readonly saveState: Locator;
  readonly others: Locator;

  constructor(private readonly page: Page) {
    this.form = page.locator("form.scorecard-form");
    this.saveState = page.locator(".save-state");
    this.others = page.getByRole("region", { name: "Colleagues’ scorecards" });
  }

  async rate(attribute: string, rating: 1 | 2 | 3 | 4) {
    await this.page
      .getByRole("radiogroup", { name: `${attribute} rating` })
      .getByRole("radio", { name: new RegExp(`^${rating} `) })
      .check();
  }

  async recommend(label: "Strong no" | "No" | "Yes" | "Strong yes") {
    await this.page
      .getByRole("radiogroup", { name: "Overall recommendation" })
      .getByRole("radio", { name: label, exact: true })
      .check();
  }

  async expectRated(attribute: string, rating: 1 | 2 | 3 | 4) {
    await expect(
      this.page
        .getByRole("radiogroup", { name: `${attribute} rating` })
        .getByRole("radio", { name: new RegExp(`^${rating} `) }),
    ).toBeChecked();
  }

  async submit() {
    await this.page.getByRole("button", { name: "Submit scorecard" }).click();
    await this.page.getByRole("button", { name: "Yes, submit my scorecard" }).click();
  }
}
