"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { database } from "@/db";
import { users } from "@/db/schema";
import { LockedOut, SecondFactorNeeded, signIn } from "@/lib/auth";
import { deviceCookieFor } from "@/lib/auth/credentials";
import { PENDING_COOKIE, PENDING_SECONDS, signPending, verifyPending } from "@/lib/auth/pending-sign-in";
import { safeNextPath } from "@/lib/auth/redirect";
import { beginEnrolment, finishEnrolment, type EnrolmentView } from "@/lib/auth/second-factor/account";
import { checkSecondFactor } from "@/lib/auth/second-factor/factor";
import { env, ensureAuthSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { clientIp } from "@/lib/security/client-ip";
import { codeInput, loginInput } from "@/lib/validations/auth";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";

/** The refusals in the browser's language: nobody is signed in yet (i18n/request.ts). */
const say = async () => getTranslations("auth.errors");

export type LoginResult =
  { message: string; restart?: boolean } | { step: "code" } | { step: "enrol"; enrolment: EnrolmentView };

const pendingOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/login",
  secure: (env().PUBLIC_URL ?? "").startsWith("https://"),
  maxAge: PENDING_SECONDS,
});

export async function login(input: z.input<typeof loginInput>): Promise<LoginResult> {
  const parsed = loginInput.safeParse(input);
  if (!parsed.success) return { message: (await say())("wrong") };
  const jar = await cookies();
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (e instanceof SecondFactorNeeded) {
      const pending = { userId: e.userId, sessionVersion: e.sessionVersion, stage: "password" as const };
      jar.set(PENDING_COOKIE, signPending(ensureAuthSecret(env()), pending), pendingOptions());
      rememberDevice(jar, parsed.data.email);
      if (e.step === "code") return { step: "code" };
      return { step: "enrol", enrolment: await beginEnrolment(e.userId, parsed.data.email) };
    }
    if (e instanceof LockedOut) return { message: (await say())("wait", { seconds: e.retryAfterSeconds }) };
    if (e instanceof CredentialsSignin || e instanceof AuthError) return { message: (await say())("wrong") };
    throw e;
  }
  rememberDevice(jar, parsed.data.email);
  redirect(safeNextPath(parsed.data.next));
}

/** This browser has now shown it knows the password: it skips the throttles for this account. */
function rememberDevice(jar: Awaited<ReturnType<typeof cookies>>, email: string) {
  const device = deviceCookieFor(email);
  jar.set(device.name, device.value, device.options);
}

/** The user the password step proved, while the ticket lasts and nothing about them changed. */
async function pendingUser() {
  const jar = await cookies();
  const pending = verifyPending(ensureAuthSecret(env()), jar.get(PENDING_COOKIE)?.value, "password");
  if (!pending) return null;
  const user = await database().read().select().from(users).where(eq(users.id, pending.userId)).get();
  return user?.active && user.sessionVersion === pending.sessionVersion ? { ...pending, email: user.email } : null;
}

/** The session, at last: Auth.js gets a ticket that says a code passed, made here and used at once. */
async function finishSignIn(pending: { userId: number; sessionVersion: number }, method: string) {
  const passed = signPending(ensureAuthSecret(env()), { ...pending, stage: "passed" });
  await signIn("credentials", { pending: passed, method, redirect: false });
  (await cookies()).delete({ name: PENDING_COOKIE, path: "/login" });
}

export async function submitCode(input: z.input<typeof codeInput>): Promise<LoginResult> {
  const parsed = codeInput.safeParse(input);
  if (!parsed.success) return { message: (await say())("wrongCode") };
  const pending = await pendingUser();
  if (!pending) return { message: (await say())("expired"), restart: true };
  const ip = clientIp(await headers(), env().TRUST_PROXY);
  const check = await checkSecondFactor(database(), pending.userId, parsed.data.code, ip);
  if (!check.ok)
    return {
      message:
        check.reason === "locked"
          ? (await say())("wait", { seconds: check.retryAfterSeconds })
          : (await say())("wrongCode"),
    };
  await finishSignIn(pending, check.value);
  redirect(safeNextPath(parsed.data.next));
}

/** Enrolment required at sign-in: the first code confirms it, and the recovery codes are shown once. */
export async function confirmEnrolmentAtSignIn(
  input: z.input<typeof codeInput>,
): Promise<{ message: string; restart?: boolean } | { recoveryCodes: string[] }> {
  const parsed = codeInput.safeParse(input);
  if (!parsed.success) return { message: (await say())("wrongCode") };
  const pending = await pendingUser();
  if (!pending) return { message: (await say())("expired"), restart: true };
  try {
    const ip = clientIp(await headers(), env().TRUST_PROXY);
    const recoveryCodes = await finishEnrolment(pending.userId, parsed.data.code, ip);
    await finishSignIn(pending, "second_factor");
    return { recoveryCodes };
  } catch (e) {
    if (isAppError(e)) return { message: e.messageIn(await viewerLocale()) };
    throw e;
  }
}

/** The single sign-on button: Auth.js sends the browser to the identity provider (code flow, PKCE). */
export async function signInWithSso(formData: FormData): Promise<void> {
  await signIn("oidc", { redirectTo: safeNextPath(String(formData.get("next") ?? "")) });
}
