export type Lang = "en" | "sv";

export const SLUG = "cloud-engineer";

/** English lives at the root, Swedish under /sv, as in lib/i18n/locales.ts. */
export function localePath(lang: Lang, path: string): string {
  if (lang === "en") return path;
  return path === "/" ? "/sv" : `/sv${path}`;
}
