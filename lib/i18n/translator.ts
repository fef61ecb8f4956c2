import { createFormatter } from "use-intl/core";
import { CATALOGS, type Messages } from "./catalog";
import { createTranslator } from "./for-formatter";
import { TIME_ZONE } from "./candidate-translator";
import type { Locale } from "./locales";

export { TIME_ZONE } from "./candidate-translator";

type Namespace = keyof Messages;

/**
 * A translator for one namespace outside a request (emails, the worker, static public pages):
 * `translator("sv", "site")("careers")`. Pages and components use next-intl's getTranslations /
 * useTranslations instead, which read the same catalogs. Client code on the candidate side uses
 * candidateTranslator (./candidate-translator), which does not bundle the staff catalogs.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace, timeZone: TIME_ZONE });
}

/** Dates, numbers and currencies in `locale`, in the company's time zone. */
export function formatter(locale: Locale) {
  return createFormatter({ locale, timeZone: TIME_ZONE });
}
