import { createFormatter, createTranslator } from "next-intl";
import { CATALOGS, type Messages } from "./catalog";
import type { CommandText } from "./command-text";
import type { Locale } from "./locales";

/** Dates are shown in the company's time zone, whoever reads them and wherever the server runs. */
export const TIME_ZONE = "Europe/Stockholm";

type Namespace = keyof Messages;

/**
 * A translator for one namespace outside a request (emails, the worker, static public pages):
 * `translator("sv", "site")("careers")`. Pages and components use next-intl's getTranslations /
 * useTranslations instead, which read the same catalogs.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace, timeZone: TIME_ZONE });
}

/** Dates, numbers and currencies in `locale`, in the company's time zone. */
export function formatter(locale: Locale) {
  return createFormatter({ locale, timeZone: TIME_ZONE });
}

/**
 * The namespace's arguments-free messages, formatted, in the nested shape of the catalog: the
 * candidate pages read their words as such an object (siteText(locale).careers).
 */
export function plainMessages(locale: Locale, namespace: Namespace): Record<string, unknown> {
  const t = translator(locale, namespace) as unknown as (key: string) => string;
  const walk = (node: Record<string, unknown>, prefix: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(node).flatMap(([key, value]): [string, unknown][] => {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value === "object" && value !== null) return [[key, walk(value as Record<string, unknown>, path)]];
        return typeof value === "string" && !value.includes("{") ? [[key, t(path)]] : [];
      }),
    );
  return walk(CATALOGS[locale][namespace] as Record<string, unknown>, "");
}

/** A lib/ command's message (a refusal, a calendar's answer) in `locale`. */
export function commandMessage(locale: Locale, text: CommandText): string {
  if ("verbatim" in text) return text.verbatim;
  return (translator(locale, "commands") as unknown as (key: string, values: object) => string)(text.key, text.values);
}
