import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

type Cost = { N: number; r: number; p: number };

/** OWASP's scrypt parameters: 128 MiB of memory per hash, which makes guessing at scale costly. */
export const PASSWORD_COST: Cost = { N: 2 ** 17, r: 8, p: 1 };
let PARAMS = PASSWORD_COST;

/**
 * The unit and integration tests hash at a lower cost (tests/helpers/hash-cost.ts): at the real
 * one each new account took 0.7 s of a core, two minutes of every test run. Verifying always uses
 * the cost written in the stored hash, so the code path is the one in production; refused outside
 * the test runner (NODE_ENV=test), so no setting can weaken a real installation's hashes.
 */
export function setPasswordCostForTests(cost: Cost): void {
  if (process.env.NODE_ENV !== "test") throw new Error("The password hashing cost is fixed outside tests.");
  PARAMS = cost;
}
const KEY_LENGTH = 64;

function scrypt(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize("NFKC"), salt, KEY_LENGTH, { ...opts, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  // A damaged hash (a bad cost) is a failed check, not a sign-in that ends in an error page.
  const key = await scrypt(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) }).catch(
    () => null,
  );
  return key !== null && key.length === expected.length && timingSafeEqual(key, expected);
}

/** Spends the same time as a real check, so an unknown email cannot be told from a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("not a real password");
  await verifyPassword(password, await dummyHash);
  return false;
}

/** A password for a new account or a reset, shown once to the admin: 16 characters, ~95 bits. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
