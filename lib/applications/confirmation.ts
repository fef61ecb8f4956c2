import { localePath, type Locale } from "@/lib/i18n/locales";

/** Carries a fresh status token to the confirmation page without putting it in a URL. */
export const CONFIRMATION_COOKIE = "rekry_applied";

export function confirmationPath(locale: Locale, slug: string): string {
  return localePath(locale, `/jobs/${slug}/applied`);
}

/**
 * The token and the first name the form was sent with: the confirmation page is drawn from these
 * alone, never from a lookup, so it reads the same for a repeated application (whose token opens
 * nothing) as for a new one.
 */
export function confirmationCookie(token: string, secure: boolean, firstName: string): string {
  const value = `${token}.${Buffer.from(firstName, "utf8").toString("base64url")}`;
  return `${CONFIRMATION_COOKIE}=${value}; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function readConfirmation(value: string | undefined): { token: string; firstName: string } | null {
  const [token, name] = (value ?? "").split(".");
  if (!token || name === undefined) return null;
  return { token, firstName: Buffer.from(name, "base64url").toString("utf8") };
}

export function statusPath(token: string): string {
  return `/status/${token}`;
}
