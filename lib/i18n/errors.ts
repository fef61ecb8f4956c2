import { MAX_CV_BYTES } from "@/lib/validations/application";
import { CANDIDATE_CATALOGS } from "./candidate-catalog";
import { candidateTranslator } from "./candidate-translator";
import type { Locale } from "./locales";

type Params = { country?: string; maxMb?: number };

/**
 * Words for a validation code, in the candidate's language. Codes are dotted ("cv.tooLarge");
 * the catalog keys use "_" because next-intl reads dots as nesting. Unknown codes fall back to a
 * general line.
 */
export function errorMessage(locale: Locale, code: string, params: Params = {}): string {
  const t = candidateTranslator(locale, "errors");
  const key = code.replaceAll(".", "_");
  if (!(key in CANDIDATE_CATALOGS[locale].errors)) return t("form");
  return (t as unknown as (key: string, values: Record<string, string | number>) => string)(key, {
    country: params.country ?? t("thisCountry"),
    maxMb: params.maxMb ?? 10,
  });
}

/** Every validation message of one language by its code's key ("cv_tooLarge"), {country} unfilled. */
export type FormErrorTexts = Record<string, string>;

/** For the apply form in the browser: see fillErrorText in ./error-text. */
export function formErrorTexts(locale: Locale): FormErrorTexts {
  const codes = Object.entries(CANDIDATE_CATALOGS[locale].errors).filter(([, v]) => typeof v === "string");
  // "{country}" as the value keeps the placeholder in the text, for the form to fill with its choice.
  return Object.fromEntries(
    codes.map(([key]) => [key, errorMessage(locale, key, { country: "{country}", maxMb: MAX_CV_BYTES / 1024 / 1024 })]),
  );
}
