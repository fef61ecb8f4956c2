import { CANDIDATE_CATALOGS, type CandidateMessages } from "./candidate-catalog";
import { createTranslator } from "./for-formatter";
import type { Locale } from "./locales";

/** Dates are shown in the company's time zone, whoever reads them and wherever the server runs. */
export const TIME_ZONE = "Europe/Stockholm";

type CandidateNamespace = keyof CandidateMessages;

/**
 * translator() for the candidate pages' namespaces alone: their client components (the apply form)
 * use this one, so their bundle holds those catalogs and not the staff side's.
 */
export function candidateTranslator<N extends CandidateNamespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CANDIDATE_CATALOGS[locale], namespace, timeZone: TIME_ZONE });
}

/**
 * The namespace's arguments-free messages, formatted, in the nested shape of the catalog: the
 * candidate pages read their words as such an object (siteText(locale).careers).
 */
export function plainMessages(locale: Locale, namespace: CandidateNamespace): Record<string, unknown> {
  const t = candidateTranslator(locale, namespace) as unknown as (key: string) => string;
  const walk = (node: Record<string, unknown>, prefix: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(node).flatMap(([key, value]): [string, unknown][] => {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value === "object" && value !== null) return [[key, walk(value as Record<string, unknown>, path)]];
        return typeof value === "string" && !value.includes("{") ? [[key, t(path)]] : [];
      }),
    );
  return walk(CANDIDATE_CATALOGS[locale][namespace] as Record<string, unknown>, "");
}
