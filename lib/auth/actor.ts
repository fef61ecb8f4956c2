import "server-only";
import { getToken } from "next-auth/jwt";
import { database } from "@/db";
import { env, ensureAuthSecret } from "@/lib/env";
import type { Actor } from "./permissions";
import { rememberedDecode } from "./session-token";
import { checkSession, type SignedIn } from "./sessions";

export const SESSION_COOKIE = "authjs.session-token";

/**
 * The session behind a request's cookie, if any: the token is decrypted and checked (not
 * re-issued; the proxy renews it on page views; see rememberedDecode), then its server-side
 * session and the user are read fresh (checkSession), so sign-out and revocation hold at once.
 */
export async function sessionFromHeaders(headers: Headers): Promise<SignedIn | null> {
  const secureCookie = (headers.get("cookie") ?? "").includes(`__Secure-${SESSION_COOKIE}`);
  const token = await getToken({
    req: { headers },
    secret: ensureAuthSecret(env()),
    secureCookie,
    decode: rememberedDecode,
  });
  return token ? await checkSession(database(), { userId: token.sub, sessionVersion: token.sv, sid: token.sid }) : null;
}

export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  return (await sessionFromHeaders(headers))?.actor ?? null;
}

/** For route handlers. */
export const actorFromRequest = (request: Request): Promise<Actor | null> => actorFromHeaders(request.headers);
