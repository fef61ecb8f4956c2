import { and, eq, gte, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { loginFailures } from "@/db/schema";

export const LOCKOUT = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20, lockMs: 15 * 60 * 1000 };

/** When `limit` failures fall within one window, the lock runs from the last of them for lockMs. */
function lockedUntil(times: number[], limit: number): number {
  let until = 0;
  for (let i = limit - 1; i < times.length; i++) {
    if (times[i]! - times[i - limit + 1]! <= LOCKOUT.windowMs) until = Math.max(until, times[i]! + LOCKOUT.lockMs);
  }
  return until;
}

export type LockState = { locked: false } | { locked: true; retryAfterSeconds: number };

/**
 * Five failures at one account from one address lock that pair; twenty from one address lock
 * the address for every account. A stranger elsewhere cannot lock a recruiter out.
 */
export function lockState(database: Db, ip: string, emailKey: string, now = Date.now()): LockState {
  const since = new Date(now - LOCKOUT.windowMs - LOCKOUT.lockMs);
  const rows = database
    .select({ emailKey: loginFailures.emailKey, at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gte(loginFailures.at, since)))
    .orderBy(loginFailures.at)
    .all();
  const all = rows.map((r) => r.at.getTime());
  const account = rows.filter((r) => r.emailKey === emailKey).map((r) => r.at.getTime());
  const until = Math.max(lockedUntil(account, LOCKOUT.perAccount), lockedUntil(all, LOCKOUT.perAddress));
  return until > now ? { locked: true, retryAfterSeconds: Math.ceil((until - now) / 1000) } : { locked: false };
}

export function recordFailure(database: Db, ip: string, emailKey: string, now = Date.now()): void {
  database.transaction((tx) => {
    tx.insert(loginFailures).values({ ip, emailKey, at: new Date(now) }).run();
    tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now - 2 * (LOCKOUT.windowMs + LOCKOUT.lockMs)))).run();
  });
}

/** A successful sign-in forgets that address's failures at that account. */
export function clearFailures(database: Db, ip: string, emailKey: string): void {
  database.delete(loginFailures).where(and(eq(loginFailures.ip, ip), eq(loginFailures.emailKey, emailKey))).run();
}
