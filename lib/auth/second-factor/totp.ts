import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { hashToken } from "@/lib/security/tokens";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
export const PERIOD_SECONDS = 30;
const ISSUER = "Rekry";
/** One step either side, for a phone's clock a little off. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

const totpFor = (base32: string, label = "") =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });

/** A new 160-bit secret, in the base32 people type in by hand. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const otpauthUri = (base32: string, email: string): string => totpFor(base32, email).toString();

/** The base32 key in groups of four, easier to type. */
export const groupedKey = (base32: string): string => base32.replace(/(.{4})(?=.)/g, "$1 ");

/** The time step a code belongs to, or null when it matches none within the window. */
export function codeStep(base32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(base32).validate({ token, timestamp: now, window: WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The code of a moment, for tests and nothing else. */
export const codeAt = (base32: string, now: number): string => totpFor(base32).generate({ timestamp: now });

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** `xxxxx-xxxxx`: 10 characters of a 31-letter alphabet, about 50 bits; shown once, stored hashed. */
export function newRecoveryCode(): string {
  const chars = Array.from(randomBytes(10), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Recovery codes compare without case, spaces or the dash. */
export const recoveryCodeHash = (code: string): string =>
  hashToken(`recovery\n${code.toLowerCase().replace(/[\s-]/g, "")}`);

export const looksLikeRecoveryCode = (code: string): boolean => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());
