import "server-only";
import { eq } from "drizzle-orm";
import { getToken } from "next-auth/jwt";
import { db } from "@/db";
import { users } from "@/db/schema";
import { env, ensureAuthSecret } from "@/lib/env";
import type { Actor } from "./permissions";
import { rememberedDecode } from "./session-token";

export const SESSION_COOKIE = "authjs.session-token";

/**
 * The user a session speaks for, read fresh from the database: a deactivated user, or a session
 * issued before a role or password change (older session version), is nobody.
 */
export function actorFromClaims(userId: unknown, sessionVersion: unknown): Actor | null {
  const id = Number(userId);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = db().select().from(users).where(eq(users.id, id)).get();
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/**
 * The actor behind a request's session cookie, if any: the token is decrypted and checked (not
 * re-issued; the proxy renews it on page views; see rememberedDecode), then the user is read fresh.
 */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const secureCookie = (headers.get("cookie") ?? "").includes(`__Secure-${SESSION_COOKIE}`);
  const token = await getToken({ req: { headers }, secret: ensureAuthSecret(env()), secureCookie, decode: rememberedDecode });
  return token ? actorFromClaims(token.sub, token.sv) : null;
}

/** For route handlers. */
export const actorFromRequest = (request: Request): Promise<Actor | null> => actorFromHeaders(request.headers);
