import type { Locale } from "@/db/schema";

export type { Locale };
export const LOCALES = ["en", "sv"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(v: unknown): v is Locale {
  return v === "en" || v === "sv";
}

/** English lives at the root, Swedish under /sv. */
export function localePath(locale: Locale, path: string): string {
  const clean = path === "/" ? "" : path;
  return locale === "en" ? clean || "/" : `/sv${clean}`;
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "sv" : "en";
}

/** The language of a page URL (for example a Referer), English unless it is under /sv. */
export function localeOfUrl(url: string | null): Locale {
  // No Referer is common (API clients, strict privacy settings); a thrown TypeError per request
  // cost the intake about 50 µs for its stack trace.
  if (!url) return "en";
  try {
    return /^\/sv(\/|$)/.test(new URL(url ?? "").pathname) ? "sv" : "en";
  } catch {
    return "en";
  }
}
