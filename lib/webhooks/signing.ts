import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { openSecret, sealSecret } from "@/lib/security/secret-box";

const PURPOSE = "webhook-signing-secret";

/** A Standard Webhooks secret: whsec_ and 32 random bytes in base64. */
export function newSigningSecret(): { plain: string; sealed: string } {
  const plain = `whsec_${randomBytes(32).toString("base64")}`;
  return { plain, sealed: sealSecret(PURPOSE, plain) };
}

export const openSigningSecret = (sealed: string) => openSecret(PURPOSE, sealed);

/**
 * The three Standard Webhooks headers. Every secret given signs (a rotated endpoint's old and new
 * one during the overlap); the signatures go space-separated in one header, as the spec says.
 */
export function signedHeaders(messageId: string, body: string, secrets: string[], at = new Date()) {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
