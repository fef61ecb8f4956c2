import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { localePath, SLUG, type Lang } from "./locale";

export const CV_PDF = path.join(__dirname, "..", "..", "fixtures", "cv.pdf");

export type CvUpload = string | { name: string; mimeType: string; buffer: Buffer };

export type Applicant = {
  fullName: string;
  email: string;
  /** ISO code, the option's value: "SE", "US"... */
  country: string;
  cv?: CvUpload;
  linkedinUrl?: string;
};

/** A fresh address per call, so no test meets another's "already applied". */
export function uniqueEmail(): string {
  return `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
}

export function applicant(overrides: Partial<Applicant> = {}): Applicant {
  return { fullName: "Ada Lovelace", email: uniqueEmail(), country: "SE", cv: CV_PDF, ...overrides };
}

/** The application form (components/apply/apply-form.tsx), English labels. */
export class ApplyPage {
  readonly path: string;
  readonly fullName: Locator;
  readonly email: Locator;
  readonly country: Locator;
  readonly cv: Locator;
  readonly linkedinUrl: Locator;
  readonly privacyConsent: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang = "en",
    slug = SLUG,
  ) {
    this.path = localePath(lang, `/jobs/${slug}/apply`);
    this.fullName = page.getByLabel(/^Full name/);
    this.email = page.getByLabel(/^Email/);
    this.country = page.getByLabel(/^Country of residence/);
    this.cv = page.getByLabel(/^CV/);
    this.linkedinUrl = page.getByLabel(/^LinkedIn profile/);
    this.privacyConsent = page.getByLabel(/^I have read how my data is handled/);
    this.submitButton = page.getByRole("button", { name: "Send application" });
    this.errorSummary = page.locator("#error-summary");
  }

  async goto() {
    await this.page.goto(this.path);
  }

  /** Waits until React has taken over the form, which then turns native validation off. */
  async waitForHydration() {
    await this.page.locator("form[novalidate]").waitFor();
  }

  async fill(a: Applicant) {
    await this.fullName.fill(a.fullName);
    await this.email.fill(a.email);
    await this.country.selectOption(a.country);
    if (a.cv) await this.cv.setInputFiles(a.cv);
    if (a.linkedinUrl) await this.linkedinUrl.fill(a.linkedinUrl);
    await this.privacyConsent.check();
  }

  async submit() {
    await this.submitButton.click();
  }

  /** The error message under a field, which the field's aria-describedby also names. */
  errorFor(field: "fullName" | "email" | "country" | "cv" | "privacyConsent"): Locator {
    return this.page.locator(`#f-${field}-error`);
  }
}
