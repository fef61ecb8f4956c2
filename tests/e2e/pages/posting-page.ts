import type { Locator, Page } from "@playwright/test";
import { localePath, SLUG, type Lang } from "./locale";

const SWITCH_TEXT: Record<Lang, string> = { en: "Svenska", sv: "English" };
const SALARY_TERM: Record<Lang, string> = { en: "Salary", sv: "Lön" };

/** A job posting: the text, the facts panel, the hiring steps and its structured data. */
export class PostingPage {
  readonly path: string;
  readonly heading: Locator;
  readonly languageSwitch: Locator;
  readonly salary: Locator;
  readonly steps: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang = "en",
  ) {
    this.path = localePath(lang, `/jobs/${SLUG}`);
    this.heading = page.getByRole("heading", { level: 1 });
    this.languageSwitch = page.getByRole("banner").getByRole("link", { name: new RegExp(SWITCH_TEXT[lang], "i") });
    this.salary = page.locator("aside dt", { hasText: SALARY_TERM[lang] }).locator("xpath=following-sibling::dd[1]");
    this.steps = page.locator("ol.steps > li");
  }

  async goto() {
    await this.page.goto(this.path);
  }

  /** hreflang → href of every `<link rel="alternate" hreflang>` in the head. */
  async alternates(): Promise<Record<string, string>> {
    const links = await this.page.locator('head link[rel="alternate"][hreflang]').all();
    const entries = await Promise.all(
      links.map(async (l) => [await l.getAttribute("hreflang"), await l.getAttribute("href")] as const),
    );
    return Object.fromEntries(entries.filter((e): e is readonly [string, string] => Boolean(e[0] && e[1])));
  }

  /** The JobPosting from the page's JSON-LD script, parsed. */
  async jobPosting(): Promise<Record<string, unknown>> {
    const scripts = this.page.locator('script[type="application/ld+json"]');
    const text = await scripts.first().textContent();
    return JSON.parse(text ?? "null") as Record<string, unknown>;
  }
}
