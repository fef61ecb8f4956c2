import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Between the password and the code there is no session, only this ticket: the user id and
 * session version the password proved, and an end, signed with AUTH_SECRET. `stage` "password"
 * lets its holder try codes (each counted like a password, lockout.ts); "passed" is made on the
 * server right after a good code and handed straight to Auth.js, never to a browser.
 */
export const PENDING_COOKIE = "rekry-pending-sign-in";
export const PENDING_SECONDS = 10 * 60;
const PASSED_SECONDS = 60;

export type PendingStage = "password" | "passed";
export type Pending = { userId: number; sessionVersion: number; stage: PendingStage };

const mac = (secret: string, text: string) =>
  createHmac("sha256", secret).update(`pending-sign-in\n${text}`, "utf8").digest("base64url");

export function signPending(secret: string, pending: Pending, now = Date.now()): string {
  const seconds = pending.stage === "passed" ? PASSED_SECONDS : PENDING_SECONDS;
  const body = [pending.userId, pending.sessionVersion, pending.stage, Math.floor(now / 1000) + seconds].join(".");
  return `${body}.${mac(secret, body)}`;
}

export function verifyPending(secret: string, value: unknown, stage: PendingStage, now = Date.now()): Pending | null {
  if (typeof value !== "string") return null;
  const parts = value.split(".");
  if (parts.length !== 5) return null;
  const [userId, sessionVersion, given, expires, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(mac(secret, parts.slice(0, 4).join(".")));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  if (given !== stage || Number(expires) * 1000 <= now) return null;
  return { userId: Number(userId), sessionVersion: Number(sessionVersion), stage };
}
