import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_COST, setPasswordCostForTests, verifyPassword } from "@/lib/auth/password";

// The other test files hash at a lower cost (tests/helpers/hash-cost.ts); these check the real one.
describe("password hashing", () => {
  afterAll(() => setPasswordCostForTests({ N: 2 ** 10, r: 8, p: 1 }));

  it("hashes with OWASP's scrypt cost (N=2^17, r=8, p=1) and a 16-byte salt, and verifies", async () => {
    setPasswordCostForTests(PASSWORD_COST);
    const stored = await hashPassword("correct horse battery staple");
    const [scheme, n, r, p, salt, hash] = stored.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "131072", "8", "1"]);
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(hash!, "base64")).toHaveLength(64);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
  });

  it("verifies a hash at the cost written in it, whatever the current cost", async () => {
    setPasswordCostForTests({ N: 2 ** 10, r: 8, p: 1 });
    const cheap = await hashPassword("pw");
    setPasswordCostForTests(PASSWORD_COST);
    expect(await verifyPassword("pw", cheap)).toBe(true);
    expect(await verifyPassword("pw", "scrypt$x$8$1$AAAA$AAAA")).toBe(false);
    expect(await verifyPassword("pw", "bcrypt$10$abc")).toBe(false);
  });

  it("refuses to change the cost outside the test runner", () => {
    const was = process.env.NODE_ENV;
    try {
      (process.env as Record<string, string>).NODE_ENV = "production";
      expect(() => setPasswordCostForTests({ N: 2, r: 1, p: 1 })).toThrow(/fixed outside tests/);
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = was;
    }
  });
});
