import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { clearFailures, lockState, recordFailure } from "./lockout";
import { verifyAgainstNothing, verifyPassword } from "./password";

export type CredentialCheck =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * The one place a password is checked, whatever the way in (our login page or Auth.js's own
 * callback route). Locked pairs are refused before the password is looked at.
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialCheck> {
  const emailKey = email.trim().toLowerCase();
  const lock = lockState(db(), ip, emailKey);
  if (lock.locked) return { ok: false, reason: "locked", retryAfterSeconds: lock.retryAfterSeconds };
  const user = db().select().from(users).where(eq(users.emailKey, emailKey)).get();
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  if (!user || !valid || !user.active) {
    recordFailure(db(), ip, emailKey);
    return { ok: false, reason: "invalid" };
  }
  clearFailures(db(), ip, emailKey);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
