"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LockedOut, signIn } from "@/lib/auth";
import { deviceCookieFor } from "@/lib/auth/credentials";
import { safeNextPath } from "@/lib/auth/redirect";
import { loginInput } from "@/lib/validations/auth";
import type { z } from "zod";

const WRONG = "Wrong email or password.";
const wait = (seconds: number) => `Too many attempts, try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;

export async function login(input: z.input<typeof loginInput>): Promise<{ message: string }> {
  const parsed = loginInput.safeParse(input);
  if (!parsed.success) return { message: WRONG };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (e instanceof LockedOut) return { message: wait(e.retryAfterSeconds) };
    if (e instanceof CredentialsSignin || e instanceof AuthError) return { message: WRONG };
    throw e;
  }
  // This browser has now shown it knows the password: it skips the throttles for this account.
  const device = deviceCookieFor(parsed.data.email);
  (await cookies()).set(device.name, device.value, device.options);
  redirect(safeNextPath(parsed.data.next));
}
