"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { safeNextPath } from "@/lib/auth/redirect";
import { loginInput } from "@/lib/validations/auth";
import type { z } from "zod";

const WRONG = "Wrong email or password.";
const LOCKED = "Too many failed sign-in attempts. For your security, sign-in from here is paused for 15 minutes.";

export async function login(input: z.input<typeof loginInput>): Promise<{ message: string }> {
  const parsed = loginInput.safeParse(input);
  if (!parsed.success) return { message: WRONG };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (e instanceof CredentialsSignin && e.code === "locked") return { message: LOCKED };
    if (e instanceof AuthError) return { message: WRONG };
    throw e;
  }
  redirect(safeNextPath(parsed.data.next));
}
