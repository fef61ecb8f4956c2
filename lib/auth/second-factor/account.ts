import "server-only";
import { encodeQR } from "@paulmillr/qr";
import { isNotNull } from "drizzle-orm";
import { database, write } from "@/db";
import { secondFactors } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { msg, type CommandText } from "@/lib/i18n/command-text";
import { byUser } from "@/lib/events/record";
import { requireActor, requirePermission } from "../guard";
import { signsInWithSso } from "../oidc/sso-sign-in";
import type { Actor } from "../permissions";
import {
  checkSecondFactor,
  confirmEnrolment,
  deleteSecondFactor,
  hasSecondFactor,
  mustUseSecondFactor,
  recoveryCodesLeft,
  startEnrolment,
  type Throttled,
} from "./factor";
import { groupedKey, otpauthUri } from "./totp";

/** `sso`: they sign in with single sign-on, whose provider does the second factor, so none is required here. */
export type SecondFactorStatus = { enrolled: boolean; required: boolean; sso: boolean; recoveryCodesLeft: number };
export type EnrolmentView = { qrDataUrl: string; key: string };

/** What the QR code and the manual key show for a new secret; the SVG travels as an image. */
export function enrolmentView(secret: string, email: string): EnrolmentView {
  const svg = encodeQR(otpauthUri(secret, email), "svg");
  return { qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, key: groupedKey(secret) };
}

export async function secondFactorStatus(actor: Actor | null): Promise<SecondFactorStatus> {
  const me = requireActor(actor);
  const [enrolled, sso] = await Promise.all([hasSecondFactor(database(), me.id), signsInWithSso(database(), me.id)]);
  return {
    enrolled,
    required: !sso && mustUseSecondFactor(me.role),
    sso,
    recoveryCodesLeft: enrolled ? await recoveryCodesLeft(database(), me.id) : 0,
  };
}

/** Step one on the account page (or at a sign-in that requires it): a secret to scan. */
export async function beginEnrolment(userId: number, email: string): Promise<EnrolmentView> {
  const secret = await startEnrolment(database(), userId);
  if (!secret) throw new AppError("conflict", msg("users.factorExists"));
  return enrolmentView(secret, email);
}

export const beginOwnEnrolment = (actor: Actor | null) => {
  const me = requireActor(actor);
  return beginEnrolment(me.id, me.email);
};

const WRONG_CODE = msg("users.wrongCodeCheckTime");

/** A refused code, as the form shows it. */
function refused(check: Exclude<Throttled<unknown>, { ok: true }>, wrong: CommandText): AppError {
  const text = check.reason === "locked" ? msg("users.locked", { seconds: check.retryAfterSeconds }) : wrong;
  const code = check.reason === "locked" ? "rate_limited" : "invalid";
  return new AppError(code, text, { errors: { code: text } });
}

/** Step two: the first code confirms the secret; the ten recovery codes come back once. */
export async function finishEnrolment(userId: number, code: string, ip: string): Promise<string[]> {
  const result = await confirmEnrolment(database(), userId, code, ip);
  if (!result.ok) throw refused(result, WRONG_CODE);
  return result.value;
}

export const confirmOwnEnrolment = (actor: Actor | null, code: string, ip: string) =>
  finishEnrolment(requireActor(actor).id, code, ip);

/** Removing your own factor takes a current code (or a recovery code), checked like a sign-in's. */
export async function removeOwnSecondFactor(actor: Actor | null, code: string, ip: string): Promise<void> {
  const me = requireActor(actor);
  const check = await checkSecondFactor(database(), me.id, code, ip);
  if (!check.ok) throw refused(check, msg("users.wrongCode"));
  await write((tx) => deleteSecondFactor(tx, me.id, "user.second_factor_removed"));
}

/** An admin's reset of someone's factor (a lost phone): they enrol again at their next sign-in. */
export async function resetSecondFactor(actor: Actor | null, userId: number): Promise<{ reset: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  const reset = await write((tx) => deleteSecondFactor(tx, userId, "user.second_factor_reset", byUser(admin)));
  if (!reset) throw new AppError("not_found", msg("users.noFactor"));
  return { reset };
}

/** For the users page: who has a confirmed factor an admin could reset. */
export async function usersWithSecondFactor(actor: Actor | null): Promise<number[]> {
  requirePermission(actor, "users.manage");
  const rows = await database()
    .read()
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(isNotNull(secondFactors.confirmedAt))
    .all();
  return rows.map((r) => r.userId);
}
