import { expect, type Locator, type Page } from "@playwright/test";

/** The staff view of one application at /staff/applications/{id}. */
export class ApplicationPage {
  readonly heading: Locator;
  readonly answers: Locator;
  readonly cv: Locator;
  readonly cvPreview: Locator;
  readonly downloadCv: Locator;
  readonly notes: Locator;
  readonly noteItems: Locator;
  readonly tags: Locator;
  readonly timelineItems: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.answers = page.getByRole("region", { name: "Answers" });
    this.cv = page.getByRole("region", { name: "CV" });
    this.cvPreview = this.cv.locator("iframe");
    this.downloadCv = this.cv.getByRole("link", { name: /Download CV/ });
    this.notes = page.getByRole("region", { name: "Notes" });
    this.noteItems = this.notes.getByRole("listitem");
    this.tags = page.getByRole("region", { name: "Tags" });
    this.timelineItems = page.getByRole("list", { name: "Events, newest first" }).getByRole("listitem");
  }

  async goto(id: number) {
    await this.page.goto(`/staff/applications/${id}`);
    // The forms are client components; wait until React has hydrated them.
    await expect(this.heading).toBeVisible();
    await this.page.waitForFunction(
      () =>
        document.querySelector("#new-note") &&
        Object.keys(document.querySelector("#new-note")!).some((k) => k.startsWith("__react")),
    );
  }

  /** Chromium shows PDFs in its own viewer frame; its toolbar appears once the file has rendered. */
  async expectPdfPreviewRendered() {
    await expect
      .poll(() => this.page.frames().some((f) => f.url().startsWith("chrome-extension://")), {
        message: "Chromium's PDF viewer opens",
      })
      .toBe(true);
    const viewer = this.page.frames().find((f) => f.url().startsWith("chrome-extension://"))!;
    await expect(viewer.locator("viewer-toolbar")).toBeVisible();
  }

  async addNote(body: string) {
    await this.notes.getByLabel("Add a note").fill(body);
    await this.notes.getByRole("button", { name: "Add note" }).click();
  }

  async editNote(index: number, body: string) {
    const item = this.noteItems.nth(index);
    await item.getByRole("button", { name: /Edit/ }).click();
    await item.getByLabel("Edit your note").fill(body);
    await item.getByRole("button", { name: "Save note" }).click();
  }

  async addTag(tag: string) {
    await this.tags.getByLabel("Add a tag").fill(tag);
    await this.tags.getByRole("button", { name: "Add tag" }).click();
  }

  async removeTag(tag: string) {
    await this.tags.getByRole("button", { name: `Remove tag ${tag}` }).click();
  }
}
