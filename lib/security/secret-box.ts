import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets the server must use again later (a webhook's signing secret), kept encrypted at rest:
 * AES-256-GCM under a key derived from AUTH_SECRET with HKDF, one key per purpose. A database
 * copy alone does not give them away; changing AUTH_SECRET makes them unreadable (rotate them then).
 */
const VERSION = "v1";

function keyFor(purpose: string, authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "rekry-secret-box", purpose, 32));
}

function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("AUTH_SECRET is needed to encrypt and read stored secrets.");
  return secret;
}

export function sealSecret(purpose: string, plain: string, secret = authSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose, secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function openSecret(purpose: string, sealed: string, secret = authSecret()): string {
  const [version, packed] = sealed.split(".");
  if (version !== VERSION || !packed) throw new Error("Not a sealed secret.");
  const raw = Buffer.from(packed, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose, secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
