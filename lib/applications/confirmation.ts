import { localePath, type Locale } from "@/lib/i18n/locales";

/** Carries a fresh status token to the confirmation page without putting it in a URL. */
export const CONFIRMATION_COOKIE = "rekry_applied";

export function confirmationPath(locale: Locale, slug: string): string {
  return localePath(locale, `/jobs/${slug}/applied`);
}

export function confirmationCookie(token: string, secure: boolean): string {
  return `${CONFIRMATION_COOKIE}=${token}; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function statusPath(token: string): string {
  return `/status/${token}`;
}
