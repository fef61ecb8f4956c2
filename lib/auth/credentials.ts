import "server-only";
import { eq } from "drizzle-orm";
import { read, write, database } from "@/db";
import { users } from "@/db/schema";
import { env, ensureAuthSecret } from "@/lib/env";
import type { Role } from "@/lib/auth/roles";
import { recordAuthEvent } from "./audit";
import {
  DEVICE_COOKIE_DAYS,
  deviceCookieName,
  readCookie,
  signDeviceCookie,
  verifyDeviceCookie,
} from "./device-cookie";
import { clearDeviceFailures, recordFailure, waitMs, type Attempt } from "./lockout";
import { verifyAgainstNothing, verifyPassword } from "./password";

export type CredentialCheck =
  | { ok: true; userId: number; sessionVersion: number; role: Role; email: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * The one place a password is checked, whatever the way in (our login page or Auth.js's own
 * callback route). An attempt that must still wait (lockout.ts) is refused before the password is
 * looked at; a valid device cookie for the account, found in `cookie`, takes the device's path.
 */
export async function checkCredentials(
  email: string,
  password: string,
  from: { ip: string; cookie?: string | null },
  now = Date.now(),
): Promise<CredentialCheck> {
  const emailKey = email.trim().toLowerCase();
  const secret = ensureAuthSecret(env());
  const deviceId = verifyDeviceCookie(
    secret,
    emailKey,
    readCookie(from.cookie ?? null, deviceCookieName(secret, emailKey)),
    now,
  );
  const attempt: Attempt = { ip: from.ip, emailKey, deviceId };
  const wait = await waitMs(database(), attempt, now);
  if (wait > 0) return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil(wait / 1000) };
  const user = await read().select().from(users).where(eq(users.emailKey, emailKey)).get();
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  if (!user || !valid || !user.active) {
    const { crossed, failures } = await recordFailure(database(), attempt, now);
    if (crossed && user) {
      const event = { userId: user.id, ip: from.ip, failures, scope: crossed };
      await write((tx) => recordAuthEvent(tx, { kind: "user.signed_in_failed_lockout", data: event }, new Date(now)));
    }
    return { ok: false, reason: "invalid" };
  }
  await clearDeviceFailures(database(), deviceId);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, role: user.role, email: user.email };
}

/** The device cookie a browser gets after signing in to this account (a new one each time). */
export function deviceCookieFor(email: string, now = Date.now()) {
  const emailKey = email.trim().toLowerCase();
  const secret = ensureAuthSecret(env());
  return {
    name: deviceCookieName(secret, emailKey),
    value: signDeviceCookie(secret, emailKey, now),
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      path: "/",
      secure: (env().PUBLIC_URL ?? "").startsWith("https://"),
      maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
    },
  };
}
