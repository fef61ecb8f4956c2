import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * OWASP's device cookies: after a successful sign-in the browser gets a cookie, signed with
 * AUTH_SECRET and bound to that account, which lets it past the account and address throttles for
 * that account (a stolen one is limited by its own lockout). One cookie per account, so people
 * sharing a computer keep theirs; its name is a keyed hash of the account, not the email itself.
 */
export const DEVICE_COOKIE_DAYS = 180;
const PREFIX = "rekry-device-";

const mac = (secret: string, text: string) => createHmac("sha256", secret).update(text, "utf8").digest("base64url");

export function deviceCookieName(secret: string, emailKey: string): string {
  return PREFIX + mac(secret, `device-name\n${emailKey}`).slice(0, 16);
}

/** `id.expiresSeconds.signature`, a fresh id every time. */
export function signDeviceCookie(secret: string, emailKey: string, now = Date.now()): string {
  const id = randomBytes(16).toString("base64url");
  const expires = Math.floor(now / 1000) + DEVICE_COOKIE_DAYS * 24 * 60 * 60;
  return `${id}.${expires}.${mac(secret, `device\n${emailKey}\n${id}\n${expires}`)}`;
}

/** The device id, when the value is a cookie we signed for this account and it has not expired. */
export function verifyDeviceCookie(
  secret: string,
  emailKey: string,
  value: string | undefined,
  now = Date.now(),
): string | null {
  const [id, expires, signature, extra] = (value ?? "").split(".");
  if (!id || !expires || !signature || extra !== undefined || !/^\d{1,12}$/.test(expires)) return null;
  if (Number(expires) * 1000 <= now) return null;
  const expected = Buffer.from(mac(secret, `device\n${emailKey}\n${id}\n${expires}`));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** One cookie's value from a Cookie header. */
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
