import "server-only";
import { countryOptions, EU_COUNTRIES } from "@/lib/geo/countries";

/** The country lists the editor offers, named in English for staff. */
export function editorCountries() {
  const all = countryOptions("en");
  const eu = new Set<string>(EU_COUNTRIES);
  return { euCountries: all.filter((c) => eu.has(c.code)), allCountries: all };
}
