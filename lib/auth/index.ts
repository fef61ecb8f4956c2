import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { NextRequest } from "next/server";
import { database } from "@/db";
import { env, ensureAuthSecret, publicUrlOf } from "@/lib/env";
import { authConfig } from "./config";
import { oidcProvider, ssoSignInCallback } from "./oidc/provider";
import { OIDC_PROVIDER } from "./oidc/sso-sign-in";
import { auditTokenRefusal, settled } from "./oidc/token-refusal";
import { passwordProvider } from "./password-sign-in";
import { safeNextPath } from "./redirect";
import { endSignedOutSession } from "./sessions";

export { LockedOut, SecondFactorNeeded } from "./password-sign-in";

const nextAuth = NextAuth((request): NextAuthConfig => ({
  ...authConfig,
  secret: ensureAuthSecret(env()),
  callbacks: {
    ...authConfig.callbacks,
    signIn: ssoSignInCallback(request),
    // Where a sign-in or sign-out ends: a path on PUBLIC_URL, never another host. Auth.js would
    // build it from the request's own origin, which behind Next's server is the host it listens
    // as (http://localhost:PORT), not the address people use.
    redirect({ url }) {
      const base = publicUrlOf(env());
      let path = url;
      try {
        const parsed = new URL(url, base);
        path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
      } catch {
        path = "/staff";
      }
      return `${base}${safeNextPath(path)}`;
    },
  },
  // A wrong password is an expected answer, not a server error worth a stack trace.
  logger: {
    error(error: Error) {
      if (!(error instanceof CredentialsSignin)) console.error("[auth]", error);
      if (request?.nextUrl.pathname.endsWith(`/callback/${OIDC_PROVIDER}`)) auditTokenRefusal(error);
    },
  },
  events: {
    // Our sign-out button and Auth.js's own /api/auth/signout both end up here.
    async signOut(message) {
      if ("token" in message) await endSignedOutSession(database(), message.token?.sid);
    },
  },
  providers: [passwordProvider, ...[oidcProvider(env())].filter((p) => p !== null)],
}));

export const { auth, signIn, signOut } = nextAuth;

/** Auth.js's routes, answering once a refused single sign-on is in the log (token-refusal.ts). */
const afterAudit =
  (handler: (request: NextRequest) => Promise<Response>) =>
  async (request: NextRequest): Promise<Response> => {
    const response = await handler(request);
    await settled();
    return response;
  };
export const handlers = { GET: afterAudit(nextAuth.handlers.GET), POST: afterAudit(nextAuth.handlers.POST) };
