import { describe, expect, it } from "vitest";
import { applyFormText, applyText } from "@/lib/i18n/apply";
import { fillErrorText } from "@/lib/i18n/error-text";
import { errorMessage } from "@/lib/i18n/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_CV_BYTES } from "@/lib/validations/application";

describe("the apply form's words, prepared on the server for the browser", () => {
  it.each(LOCALES)("say in %s what errorMessage says, for every code, with and without a country", (locale) => {
    const text = applyFormText(locale, 3);
    const codes = ["required", "email", "country.notEu", "cv.tooLarge", "url.linkedin_com", "choice", "form"];
    for (const code of codes) {
      const maxMb = MAX_CV_BYTES / 1024 / 1024;
      expect(fillErrorText(text.errors, code, "Norway")).toBe(errorMessage(locale, code, { country: "Norway", maxMb }));
      expect(fillErrorText(text.errors, code, undefined)).toBe(errorMessage(locale, code, { maxMb }));
    }
    expect(fillErrorText(text.errors, "no.such.code", undefined)).toBe(errorMessage(locale, "form"));
  });

  it.each(LOCALES)("hold the error summary for every count up to the form's fields, in %s", (locale) => {
    const text = applyFormText(locale, 4);
    expect(text.errorSummaries).toHaveLength(5);
    for (let n = 0; n <= 4; n++) expect(text.errorSummaries[n]).toBe(applyText(locale).errorSummary(n));
    expect(text.errorSummaries[1]).not.toBe(text.errorSummaries[2]);
    // Plain data: what a server component may hand a client component.
    expect(JSON.parse(JSON.stringify(text))).toEqual(text);
  });
});
