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
