import type { Page } from "@playwright/test";

/** The reports page: the funnel is a table captioned "Funnel" with a row per stage (data-stage). */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  goto(query = "") {
    return this.page.goto(`/staff/reports${query}`);
  }

  get funnelChart() {
    return this.page.getByRole("img", { name: /Funnel: applications that reached each stage/ });
  }

  get funnelTable() {
    return this.page.getByRole("table", { name: "Funnel" });
  }

  /** The "Reached" count of one stage key (or "hired"). */
  async reached(stage: string): Promise<number> {
    return Number(await this.funnelTable.locator(`tr[data-stage="${stage}"] [data-cell="reached"]`).innerText());
  }

  get downloadCsv() {
    return this.page.getByRole("link", { name: "Download CSV" });
  }
}
