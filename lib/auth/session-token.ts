import "server-only";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const REMEMBERED = 1000;
type Entry = { secret: JWTDecodeParams["secret"]; payload: JWT; exp: number };
const remembered = new Map<string, Entry>();

/**
 * Auth.js's `decode`, remembering what each session token it opened says until the token
 * expires. A staff API client sends the same cookie on every call (the API does not renew it),
 * and opening it means a key derivation and an authenticated decryption each time. The token is
 * encrypted and authenticated, so a token string decrypted once always says the same thing; what
 * can change (the session ended or expired, the user deactivated, the role or password changed)
 * is in the database, which checkSession (sessions.ts) reads on every request, cache or not. The
 * most recent 1,000 tokens are kept.
 */
export async function rememberedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.salt}\n${params.token ?? ""}`;
  const hit = remembered.get(key);
  if (hit && hit.secret === params.secret && Date.now() < hit.exp * 1000) {
    remembered.delete(key);
    remembered.set(key, hit);
    return { ...hit.payload };
  }
  if (hit) remembered.delete(key);
  const payload = await decode(params);
  if (payload && typeof payload.exp === "number") {
    remembered.set(key, { secret: params.secret, payload, exp: payload.exp });
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
  }
  return payload && { ...payload };
}
