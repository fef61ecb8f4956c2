import { localePath, type Locale } from "@/lib/i18n/locales";

/** Carries a fresh status token to the confirmation page without putting it in a URL. */
export const CONFIRMATION_COOKIE = "rekry_applied";

export function confirmationPath(locale: Locale, slug: string): string {
  return localePath(locale, `/jobs/${slug}/applied`);
}

/**
 * The token and the first name the form was sent with: the confirmation page is drawn from these
 * alone, never from a lookup, so it reads the same for a repeated application (whose token opens
 * nothing) as for a new one. Percent-encoded rather than with Buffer: the apply form imports this
 * module, and Buffer would pull a polyfill into the candidate's JavaScript.
 */
export function confirmationCookie(token: string, secure: boolean, firstName: string): string {
  const value = `${token}.${encodeURIComponent(firstName)}`;
  return `${CONFIRMATION_COOKIE}=${value}; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function readConfirmation(value: string | undefined): { token: string; firstName: string } | null {
  const at = (value ?? "").indexOf(".");
  if (!value || at <= 0) return null;
  try {
    return { token: value.slice(0, at), firstName: decodeURIComponent(value.slice(at + 1)) };
  } catch {
    return null;
  }
}

export function statusPath(token: string): string {
  return `/status/${token}`;
}
