import "server-only";
import type { NextAuthConfig, User } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { database } from "@/db";
import { env, publicUrlOf, type Env } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import type { SignedInUser } from "../config";
import { startSession } from "../sessions";
import { idTokenSignatureValid } from "./id-token-signature";
import { OIDC_PROVIDER, resolveSsoUser } from "./sso-sign-in";
import { recordTokenRefusal } from "./token-refusal";

/**
 * The identity provider through Auth.js's own OpenID Connect support: discovery from the issuer,
 * the authorization code flow with PKCE, state and nonce, and the ID token's signature, issuer,
 * audience, expiry and nonce checked by Auth.js (oauth4webapi) before we see a claim.
 */
export function oidcProvider(config: Env): OIDCConfig<Record<string, unknown>> | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    id: OIDC_PROVIDER,
    name: config.OIDC_LABEL,
    type: "oidc",
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
    // The redirect_uri from PUBLIC_URL, the same at the authorization and the token exchange
    // (Auth.js would take it from each request's own host, which behind Next's server differ).
    redirectProxyUrl: `${publicUrlOf(config)}/api/auth`,
    authorization: { params: { scope: "openid email profile" } },
    profile: (claims) => ({
      id: String(claims.sub),
      email: String(claims.email ?? ""),
      name: String(claims.name ?? ""),
    }),
  };
}

/**
 * Auth.js's signIn callback for SSO: the Rekry user the token names (resolveSsoUser), and a
 * server-side session like a password's. A refusal goes to a page that says why.
 */
export function ssoSignInCallback(request: Request | undefined): NonNullable<NextAuthConfig["callbacks"]>["signIn"] {
  return async ({ user, account, profile }) => {
    if (account?.provider !== OIDC_PROVIDER) return true;
    const config = env();
    if (!(await idTokenSignatureValid(account.id_token, config))) {
      console.error("[auth] single sign-on refused: the ID token's signature does not verify with the issuer's keys");
      await recordTokenRefusal("signature");
      return "/login/refused?error=Signature";
    }
    const result = await resolveSsoUser(
      database(),
      { subject: account.providerAccountId, claims: (profile ?? {}) as Record<string, unknown> },
      config,
    );
    if (!result.ok) return `/login/refused?reason=${result.reason}`;
    const headers = request?.headers ?? new Headers();
    const session = await startSession(database(), {
      userId: result.userId,
      ip: clientIp(headers, config.TRUST_PROXY),
      userAgent: headers.get("user-agent") ?? "",
      maxDays: config.SESSION_MAX_DAYS,
      method: "sso",
    });
    const signedIn: SignedInUser = {
      id: String(result.userId),
      sessionVersion: result.sessionVersion,
      sid: session.sid,
      sessionExpires: session.expiresAt.getTime(),
    };
    // Auth.js hands this same object to the jwt callback, which keeps these claims (config.ts).
    Object.assign(user as User, signedIn);
    return true;
  };
}
