import { and, count, desc, eq, gte, isNull, lt, max, type SQL } from "drizzle-orm";
import type { Database, Reader } from "@/db";
import { loginFailures } from "@/db/schema";

/**
 * OWASP's guidance against online guessing without handing attackers a way to lock people out:
 * - per account, growing delays instead of a lock: after 5 failures each next attempt waits
 *   1 s, 2 s, 4 s ... up to 15 minutes after the last failure (attempts refused while waiting are
 *   not counted, so the delay only grows with real guesses); failures are forgotten after a day;
 * - per address, a coarse backstop: 100 failures within 15 minutes pause that address;
 * - a browser with a device cookie for the account (see device-cookie.ts) skips both; the cookie
 *   itself is allowed 10 failures in any 15 minutes, and its lock touches no one else.
 */
export const THROTTLE = {
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
  accountWindowMs: 24 * 60 * 60 * 1000,
  perAddress: 100,
  addressWindowMs: 15 * 60 * 1000,
  perDevice: 10,
  deviceWindowMs: 15 * 60 * 1000,
};

export type Attempt = { ip: string; emailKey: string; deviceId: string | null };

/** The delay the account's untrusted failures impose: 0 below the free ones, then doubling. */
export function accountDelayMs(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(THROTTLE.maxDelayMs, THROTTLE.firstDelayMs * 2 ** Math.min(failures - THROTTLE.freeFailures, 30));
}

/** With `limit` failures inside the window, wait until the limit-th most recent one leaves it. */
async function windowUntil(
  database: Reader,
  where: SQL | undefined,
  limit: number,
  windowMs: number,
  now: number,
): Promise<number> {
  const nth = await database
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(where, gte(loginFailures.at, new Date(now - windowMs))))
    .orderBy(desc(loginFailures.at))
    .limit(1)
    .offset(limit - 1)
    .get();
  return nth ? nth.at.getTime() + windowMs : 0;
}

async function accountFailures(
  database: Reader,
  emailKey: string,
  now: number,
): Promise<{ failures: number; last: number }> {
  const row = await database
    .select({ n: count(), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.emailKey, emailKey),
        isNull(loginFailures.deviceId),
        gte(loginFailures.at, new Date(now - THROTTLE.accountWindowMs)),
      ),
    )
    .get();
  return { failures: row?.n ?? 0, last: row?.last ? new Date(row.last).getTime() : 0 };
}

/** How long this attempt must wait before its password is even looked at (0: go ahead). */
export async function waitMs(database: Database, attempt: Attempt, now = Date.now()): Promise<number> {
  const reader = database.read();
  let until: number;
  if (attempt.deviceId) {
    until = await windowUntil(
      reader,
      eq(loginFailures.deviceId, attempt.deviceId),
      THROTTLE.perDevice,
      THROTTLE.deviceWindowMs,
      now,
    );
  } else {
    const account = await accountFailures(reader, attempt.emailKey, now);
    const address = await windowUntil(
      reader,
      and(eq(loginFailures.ip, attempt.ip), isNull(loginFailures.deviceId)),
      THROTTLE.perAddress,
      THROTTLE.addressWindowMs,
      now,
    );
    until = Math.max(account.last + accountDelayMs(account.failures), address);
  }
  return Math.max(0, until - now);
}

/**
 * Keeps a failed attempt and says whether it just crossed into a throttle: the account's first
 * delay, or the device cookie's lock (for the audit trail, once per crossing).
 */
export async function recordFailure(
  database: Database,
  attempt: Attempt,
  now = Date.now(),
): Promise<{ crossed: "account" | "device" | null; failures: number }> {
  return database.write(async (tx) => {
    await tx
      .insert(loginFailures)
      .values({ ip: attempt.ip, emailKey: attempt.emailKey, deviceId: attempt.deviceId, at: new Date(now) })
      .run();
    await tx
      .delete(loginFailures)
      .where(lt(loginFailures.at, new Date(now - THROTTLE.accountWindowMs)))
      .run();
    if (attempt.deviceId) {
      const failures = (await tx
        .select({ n: count() })
        .from(loginFailures)
        .where(
          and(
            eq(loginFailures.deviceId, attempt.deviceId),
            gte(loginFailures.at, new Date(now - THROTTLE.deviceWindowMs)),
          ),
        )
        .get())!.n;
      return { crossed: failures === THROTTLE.perDevice ? "device" : null, failures };
    }
    const { failures } = await accountFailures(tx, attempt.emailKey, now);
    return { crossed: failures === THROTTLE.freeFailures ? "account" : null, failures };
  });
}

/**
 * A successful sign-in with a device cookie forgets that cookie's failures. The account's
 * failures from unknown browsers are left to age out: clearing them would hand whoever is
 * guessing a fresh set of free attempts each time the real user signs in.
 */
export async function clearDeviceFailures(database: Database, deviceId: string | null): Promise<void> {
  if (deviceId)
    await database.write((tx) => tx.delete(loginFailures).where(eq(loginFailures.deviceId, deviceId)).run());
}
