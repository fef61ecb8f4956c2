import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { LoginPage } from "./login-page";
import { SLUG } from "./locale";

/** A unique, non-ASCII candidate name, so every test finds only its own cards. */
export function uniqueName(first = "Åsa"): string {
  return `${first} Öberg ${Math.random().toString(36).slice(2, 8)}`;
}

/** Applies through the public API, as a candidate would; returns the new application's id. */
export async function createApplication(request: APIRequestContext, fullName: string): Promise<number> {
  const email = `board-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const res = await request.post(`/api/jobs/${SLUG}/applications`, {
    multipart: { fullName, email, country: "SE", privacyConsent: "true", githubUrl: "https://github.com/x" },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

/** The recruiter board (components/board/*). */
export class BoardPage {
  readonly liveRegion: Locator;
  readonly alert: Locator;
  readonly dialog: Locator;
  readonly bulkBar: Locator;

  constructor(
    readonly page: Page,
    readonly slug = SLUG,
  ) {
    this.liveRegion = page.locator('[id^="DndLiveRegion"]');
    this.alert = page.locator(".board-alert");
    this.dialog = page.getByRole("dialog");
    this.bulkBar = page.getByRole("region", { name: "Bulk actions" });
  }

  async signIn(user: { email: string; password: string }) {
    await this.page.goto("/login");
    await new LoginPage(this.page).signIn(user.email, user.password);
    await expect(this.page).toHaveURL(/\/staff$/);
  }

  async goto(query = "") {
    await this.page.goto(`/staff/jobs/${this.slug}${query}`);
    await this.waitForHydration();
  }

  /** dnd-kit mounts its live region only in the browser, so it marks a hydrated board. */
  async waitForHydration() {
    await this.liveRegion.waitFor({ state: "attached" });
  }

  /** A stage column or an outcome lane, by the name in its heading. */
  column(name: string): Locator {
    return this.page.locator("section.board-column, section.outcome-lane").filter({
      has: this.page.locator("h2 > span:first-child").getByText(name, { exact: true }),
    });
  }

  /**
   * Waits until the server has confirmed a move: the Undo offer appears only after the action
   * returns, whereas the card moves at once (optimistically). Reloading before it would race the
   * write, as the PostgreSQL run once did.
   */
  async saved(name: string, column: string) {
    await expect(this.page.locator(".undo-offer")).toContainText(`Moved ${name} to ${column}.`);
  }

  async count(name: string): Promise<number> {
    return Number.parseInt((await this.column(name).locator(".count").first().textContent()) ?? "", 10);
  }

  card(name: string, column?: string): Locator {
    return (column ? this.column(column) : this.page).locator("article.board-card", { hasText: name });
  }

  dragHandle(name: string): Locator {
    return this.page.getByRole("button", { name: `Drag ${name}`, exact: true });
  }

  menuButton(name: string): Locator {
    return this.card(name).getByRole("button", { name: /^Move to/ });
  }

  /** Rejects a fresh application (version 1) through the staff API, as the signed-in user. */
  async rejectThroughApi(id: number, origin: string) {
    const res = await this.page.request.post(`/api/staff/applications/${id}/move`, {
      data: { to: "rejected", version: 1, reason: "other", feedback: "Thank you for applying." },
      headers: { origin },
    });
    expect(res.status()).toBe(200);
  }

  async openLane(name: string) {
    await this.column(name).locator("summary").click();
  }

  /** A real pointer drag: press, travel past the activation distance, glide, release. */
  async dragWithMouse(name: string, column: string) {
    // Scroll first, then measure both ends: scrolling after measuring the handle would press beside it.
    await this.column(column).scrollIntoViewIfNeeded();
    const from = (await this.dragHandle(name).boundingBox())!;
    const to = (await this.column(column).boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 15, from.y + from.height / 2 + 15, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 100), { steps: 15 });
    await this.page.mouse.up();
  }
}
