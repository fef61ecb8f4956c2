"use server";

import { signOut } from "@/lib/auth";
import { env } from "@/lib/env";

/** With single sign-on, the login page then offers the provider's own sign-out too. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: env().OIDC_ISSUER ? "/login?signed_out=1" : "/login" });
}
