import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { database } from "@/db";
import { env, ensureAuthSecret } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { loginInput } from "@/lib/validations/auth";
import { authConfig, type SignedInUser } from "./config";
import { checkCredentials } from "./credentials";
import { endSignedOutSession, startSession } from "./sessions";

export class LockedOut extends CredentialsSignin {
  code = "locked";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
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
  events: {
    // Our sign-out button and Auth.js's own /api/auth/signout both end up here.
    async signOut(message) {
      if ("token" in message) await endSignedOutSession(database(), message.token?.sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request): Promise<SignedInUser | null> {
        const parsed = loginInput.safeParse(credentials);
        if (!parsed.success) return null;
        const config = env();
        const ip = clientIp(request.headers, config.TRUST_PROXY);
        const cookie = request.headers.get("cookie");
        const result = await checkCredentials(parsed.data.email, parsed.data.password, { ip, cookie });
        if (!result.ok) {
          if (result.reason === "locked") throw new LockedOut(result.retryAfterSeconds);
          return null;
        }
        const userAgent = request.headers.get("user-agent") ?? "";
        const session = await startSession(database(), {
          userId: result.userId,
          ip,
          userAgent,
          maxDays: config.SESSION_MAX_DAYS,
        });
        return {
          id: String(result.userId),
          sessionVersion: result.sessionVersion,
          sid: session.sid,
          sessionExpires: session.expiresAt.getTime(),
        };
      },
    }),
  ],
}));
