import { env, ensureAuthSecret } from "@/lib/env";
import { seal, unseal } from "./sealed";

/**
 * Secrets the server must use again later (a webhook's signing secret, an endpoint's URL), kept
 * sealed at rest by lib/security/sealed.ts (AES-256-GCM under a key derived from AUTH_SECRET, one
 * per purpose), as the second factor's keys are. A database copy alone does not give them away;
 * changing AUTH_SECRET makes them unreadable (rotate them then).
 */
export function sealSecret(purpose: string, plain: string, secret = ensureAuthSecret(env())): string {
  return seal(secret, purpose, plain);
}

/** The secret; throws when it was sealed for another purpose or under another AUTH_SECRET. */
export function openSecret(purpose: string, sealed: string, secret = ensureAuthSecret(env())): string {
  const plain = unseal(secret, purpose, sealed);
  if (plain === null) throw new Error(`Could not open the stored ${purpose}: sealed under another AUTH_SECRET?`);
  return plain;
}
