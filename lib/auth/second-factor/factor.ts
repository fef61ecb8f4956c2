import { and, count, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { recoveryCodes, secondFactors, users } from "@/db/schema";
import { env, ensureAuthSecret, type Env } from "@/lib/env";
import { seal, unseal } from "@/lib/security/sealed";
import type { Role } from "@/lib/auth/roles";
import { recordAuthEvent } from "../audit";
import { recordFailure, waitMs, type Attempt } from "../lockout";
import {
  codeStep,
  looksLikeRecoveryCode,
  newRecoveryCode,
  newTotpSecret,
  RECOVERY_CODE_COUNT,
  recoveryCodeHash,
} from "./totp";

const PURPOSE = "totp-secret";
const sealSecret = (base32: string) => seal(ensureAuthSecret(env()), PURPOSE, base32);
const openSecret = (sealed: string) => unseal(ensureAuthSecret(env()), PURPOSE, sealed);

/** Whether MFA_REQUIRED makes a second factor mandatory for a password sign-in with this role. */
export function mustUseSecondFactor(role: Role, config: Pick<Env, "MFA_REQUIRED"> = env()): boolean {
  return config.MFA_REQUIRED === "all" || (config.MFA_REQUIRED === "admin" && role === "admin");
}

/** True when the user has a confirmed factor. */
export async function hasSecondFactor(database: Database, userId: number): Promise<boolean> {
  const row = await database
    .read()
    .select({ confirmedAt: secondFactors.confirmedAt })
    .from(secondFactors)
    .where(eq(secondFactors.userId, userId))
    .get();
  return Boolean(row?.confirmedAt);
}

/** What a password sign-in of this user needs next. */
export async function secondFactorStep(database: Database, user: { id: number; role: Role }) {
  if (await hasSecondFactor(database, user.id)) return "code" as const;
  return mustUseSecondFactor(user.role) ? ("enrol" as const) : null;
}

/**
 * A new secret waiting for its first code, replacing any earlier unconfirmed one. A confirmed
 * factor is never replaced here: it must be removed (with a code) or reset by an admin first.
 */
export async function startEnrolment(database: Database, userId: number): Promise<string | null> {
  const secret = newTotpSecret();
  return database.write(async (tx) => {
    const existing = await tx.select().from(secondFactors).where(eq(secondFactors.userId, userId)).get();
    if (existing?.confirmedAt) return null;
    await tx.delete(secondFactors).where(eq(secondFactors.userId, userId)).run();
    await tx
      .insert(secondFactors)
      .values({ userId, secretSealed: sealSecret(secret), createdAt: new Date() })
      .run();
    return secret;
  });
}

/** The pending secret (for showing the QR code again), or null. */
export async function pendingSecret(database: Database, userId: number): Promise<string | null> {
  const row = await database.read().select().from(secondFactors).where(eq(secondFactors.userId, userId)).get();
  return row && !row.confirmedAt ? openSecret(row.secretSealed) : null;
}

/**
 * Accepts a code once: the step is stored in the same statement that checks it is newer than the
 * last one accepted, so two requests racing with one code cannot both pass.
 */
async function acceptStep(tx: Tx, userId: number, step: number, confirm: boolean): Promise<boolean> {
  const updated = await tx
    .update(secondFactors)
    .set({ lastStep: step, ...(confirm ? { confirmedAt: new Date() } : {}) })
    .where(
      and(
        eq(secondFactors.userId, userId),
        confirm ? isNull(secondFactors.confirmedAt) : isNotNull(secondFactors.confirmedAt),
        or(isNull(secondFactors.lastStep), lt(secondFactors.lastStep, step)),
      ),
    )
    .returning({ userId: secondFactors.userId })
    .get();
  return Boolean(updated);
}

async function emailOf(tx: Tx, userId: number) {
  return (await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get())?.email ?? "";
}

/**
 * Confirms the pending secret with its first code; returns the ten recovery codes, shown once.
 * Wrong codes are counted like wrong passwords, as at sign-in.
 */
export async function confirmEnrolment(
  database: Database,
  userId: number,
  code: string,
  ip: string,
  now = Date.now(),
): Promise<Throttled<string[]>> {
  return throttled(database, userId, ip, now, async () => {
    const secret = await pendingSecret(database, userId);
    const step = secret ? codeStep(secret, code, now) : null;
    if (step === null) return null;
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    return database.write(async (tx) => {
      if (!(await acceptStep(tx, userId, step, true))) return null;
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
      await tx
        .insert(recoveryCodes)
        .values(codes.map((c) => ({ userId, codeHash: recoveryCodeHash(c) })))
        .run();
      const email = await emailOf(tx, userId);
      await recordAuthEvent(tx, { kind: "user.second_factor_enrolled", data: { userId, email } }, new Date(now));
      return codes;
    });
  });
}

export type Throttled<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/** A code's throttle is the password's (lockout.ts), kept under a key of its own for the account. */
async function throttled<T>(
  database: Database,
  userId: number,
  ip: string,
  now: number,
  attemptCode: () => Promise<T | null>,
): Promise<Throttled<T>> {
  const attempt: Attempt = { ip, emailKey: `second-factor:${userId}`, deviceId: null };
  const wait = await waitMs(database, attempt, now);
  if (wait > 0) return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil(wait / 1000) };
  const value = await attemptCode();
  if (value !== null) return { ok: true, value };
  const { crossed, failures } = await recordFailure(database, attempt, now);
  if (crossed) {
    const event = { userId, ip, failures, scope: "second_factor" as const };
    await database.write((tx) =>
      recordAuthEvent(tx, { kind: "user.signed_in_failed_lockout", data: event }, new Date(now)),
    );
  }
  return { ok: false, reason: "invalid" };
}

/**
 * The check of a code at sign-in or before removal: a current code not used before, or an unused
 * recovery code (spent here). Says which of the two it was.
 */
export async function checkSecondFactor(
  database: Database,
  userId: number,
  code: string,
  ip: string,
  now = Date.now(),
): Promise<Throttled<"second_factor" | "recovery_code">> {
  return throttled(database, userId, ip, now, async () => {
    const row = await database.read().select().from(secondFactors).where(eq(secondFactors.userId, userId)).get();
    const secret = row?.confirmedAt ? openSecret(row.secretSealed) : null;
    if (!secret) return null;
    const step = codeStep(secret, code, now);
    if (step !== null)
      return (await database.write((tx) => acceptStep(tx, userId, step, false))) ? "second_factor" : null;
    if (looksLikeRecoveryCode(code) && (await spendRecoveryCode(database, userId, code, now))) return "recovery_code";
    return null;
  });
}

async function spendRecoveryCode(database: Database, userId: number, code: string, now: number): Promise<boolean> {
  return database.write(async (tx) => {
    const spent = await tx
      .update(recoveryCodes)
      .set({ usedAt: new Date(now) })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, recoveryCodeHash(code)),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id })
      .get();
    if (!spent) return false;
    const remaining = (await tx
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get())!.n;
    await recordAuthEvent(tx, { kind: "user.recovery_code_used", data: { userId, remaining } }, new Date(now));
    return true;
  });
}

/** Unused recovery codes left. */
export async function recoveryCodesLeft(database: Database, userId: number): Promise<number> {
  return (await database
    .read()
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get())!.n;
}

/** Deletes the factor and its recovery codes; the event says whether the user or an admin did it. */
export async function deleteSecondFactor(
  tx: Tx,
  userId: number,
  kind: "user.second_factor_removed" | "user.second_factor_reset",
  by?: Parameters<typeof recordAuthEvent>[3],
): Promise<boolean> {
  const gone = await tx
    .delete(secondFactors)
    .where(eq(secondFactors.userId, userId))
    .returning({ confirmedAt: secondFactors.confirmedAt })
    .get();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  if (!gone?.confirmedAt) return false;
  await recordAuthEvent(tx, { kind, data: { userId, email: await emailOf(tx, userId) } }, new Date(), by);
  return true;
}
