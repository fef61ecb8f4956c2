import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets we must read back later (a TOTP key), kept sealed at rest: AES-256-GCM under a key
 * derived from AUTH_SECRET with HKDF, one key per purpose, so a copy of the database alone opens
 * nothing. The purpose is also bound as associated data, so a value sealed for one use fails for
 * another. Format: `v1.iv.ciphertext.tag`, base64url.
 */
function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "rekry-sealed", `rekry:${purpose}`, 32));
}

export function seal(secret: string, purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, body, cipher.getAuthTag()]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plaintext, or null when the value was not sealed with this secret for this purpose. */
export function unseal(secret: string, purpose: string, sealed: string): string | null {
  const [version, iv, body, tag, extra] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag || extra !== undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
