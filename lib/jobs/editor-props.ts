import "server-only";
import { countryOptions, EU_COUNTRIES } from "@/lib/geo/countries";
import type { Locale } from "@/lib/i18n/locales";

/** The country lists the editor offers, named in the staff user's language. */
export function editorCountries(locale: Locale) {
  const all = countryOptions(locale);
  const eu = new Set<string>(EU_COUNTRIES);
  return { euCountries: all.filter((c) => eu.has(c.code)), allCountries: all };
}
