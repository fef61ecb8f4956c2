import { expect, type Locator, type Page } from "@playwright/test";

export type NewJob = {
  slug: string;
  titleEn: string;
  titleSv: string;
  team: string;
  question?: { en: string; sv: string };
};

/** The job editor (components/staff/job-editor/*) at /staff/jobs/new and /staff/jobs/{slug}/edit. */
export class JobEditorPage {
  readonly english: Locator;
  readonly swedish: Locator;
  readonly saveButton: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.english = page.getByRole("group", { name: "Posting in English" });
    this.swedish = page.getByRole("group", { name: "Posting in Swedish" });
    this.saveButton = page.getByRole("button", { name: /^(Create draft|Save changes)$/ });
    this.errorSummary = page.locator("#job-error-summary");
  }

  async gotoNew() {
    await this.page.goto("/staff/jobs/new");
    await this.page.locator("form.job-editor").waitFor();
  }

  async gotoEdit(slug: string) {
    await this.page.goto(`/staff/jobs/${slug}/edit`);
    await this.page.locator("form.job-editor").waitFor();
  }

  /** The server-rendered Markdown preview beside a posting text. */
  preview(lang: "English" | "Swedish"): Locator {
    return (lang === "English" ? this.english : this.swedish).getByRole("region", {
      name: "Preview: Posting text (Markdown)",
    });
  }

  async fill(job: NewJob) {
    await this.page.getByLabel("Slug").fill(job.slug);
    for (const [group, title, team, lang] of [
      [this.english, job.titleEn, job.team, "en"],
      [this.swedish, job.titleSv, `${job.team}-teamet`, "sv"],
    ] as const) {
      await group.getByLabel("Title", { exact: true }).fill(title);
      await group.getByLabel("Team", { exact: true }).fill(team);
      await group
        .getByLabel(/^Summary/)
        .fill(lang === "en" ? "Run the platform our customers rely on." : "Driv plattformen våra kunder litar på.");
      await group
        .getByLabel("Posting text (Markdown)", { exact: true })
        .fill(
          lang === "en"
            ? "## The role\n\nRead [our blog](https://example.com).\n\n<script>alert(1)</script>"
            : "## Rollen\n\nDu driver plattformen.",
        );
      await group.getByLabel("Start", { exact: true }).fill(lang === "en" ? "As soon as possible." : "Snarast.");
    }
    await this.page.getByRole("button", { name: "All EU countries" }).click();
    if (job.question) {
      await this.page.getByRole("button", { name: "Add a question" }).click();
      const q = this.page.getByRole("group", { name: "Question 1" });
      await q.getByLabel("Kind").selectOption("yes_no");
      await q.getByLabel("Required").check();
      await q.getByLabel("Question (English)").fill(job.question.en);
      await q.getByLabel("Question (Swedish)").fill(job.question.sv);
    }
  }

  async save() {
    await this.saveButton.click();
  }

  async setStatus(button: "Open and publish" | "Close the job" | "Reopen", expected: string) {
    await this.page.getByRole("button", { name: button }).click();
    await expect(this.page.locator("#job-status-heading + .job-status strong")).toHaveText(expected);
  }
}
