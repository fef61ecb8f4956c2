import type { Metadata } from "next";
import { publicOrigin } from "@/lib/http/origin";
import { localePath, type Locale } from "./locales";

export function siteUrl(): URL {
  return new URL(publicOrigin());
}

/** Canonical and hreflang links for a page that exists in both languages at `path`. */
export function languageAlternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: localePath(locale, path),
    languages: { en: localePath("en", path), sv: localePath("sv", path), "x-default": localePath("en", path) },
  };
}
