import { createRemoteJWKSet, jwtVerify } from "jose";
import type { Env } from "@/lib/env";
import { issuerMetadata } from "./discovery";

let keys: { uri: string; set: ReturnType<typeof createRemoteJWKSet> } | undefined;

/**
 * Auth.js (oauth4webapi) checks the ID token's issuer, audience, expiry and nonce, but, as OpenID
 * Connect Core §3.1.3.7 allows for a token fetched straight from the token endpoint, not its
 * signature. We check that too, against the issuer's published keys (jose, which Auth.js uses):
 * a token endpoint reached through a compromised proxy or a mis-set TLS check then still cannot
 * name anyone it likes.
 */
export async function idTokenSignatureValid(idToken: unknown, config: Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID">) {
  const metadata = await issuerMetadata(config);
  if (typeof idToken !== "string" || !metadata) return false;
  if (keys?.uri !== metadata.jwks_uri)
    keys = { uri: metadata.jwks_uri, set: createRemoteJWKSet(new URL(metadata.jwks_uri)) };
  try {
    await jwtVerify(idToken, keys.set, { issuer: metadata.issuer, audience: config.OIDC_CLIENT_ID });
    return true;
  } catch {
    return false;
  }
}
