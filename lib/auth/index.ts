import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env, ensureAuthSecret } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { loginInput } from "@/lib/validations/auth";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";

export class LockedOut extends CredentialsSignin {
  code = "locked";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: ensureAuthSecret(env()),
  // A wrong password is an expected answer, not a server error worth a stack trace.
  logger: {
    error(error: Error) {
      if (!(error instanceof CredentialsSignin)) console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = loginInput.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = clientIp(request.headers, env().TRUST_PROXY);
        const result = await checkCredentials(parsed.data.email, parsed.data.password, ip);
        if (result.ok) return { id: String(result.userId), sessionVersion: result.sessionVersion };
        if (result.reason === "locked") throw new LockedOut();
        return null;
      },
    }),
  ],
}));
