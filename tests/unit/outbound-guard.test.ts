import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "@/lib/security/outbound";
import { openSecret, sealSecret } from "@/lib/security/secret-box";
import { retryDelayMs, RETRY_SCHEDULE_S, MAX_ATTEMPTS } from "@/lib/webhooks/deliver";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "::1",
    "[::1]",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",
    "64:ff9b::7f00:1",
    "not-an-address",
  ])("refuses %s", (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.215.14"])("allows %s", (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe("sealed secrets", () => {
  const key = "a-test-auth-secret-that-is-long-enough-0123";
  it("open with the same AUTH_SECRET and purpose only, and never hold the plain text", () => {
    const sealed = sealSecret("webhook-signing-secret", "whsec_plain", key);
    expect(sealed).not.toContain("plain");
    expect(openSecret("webhook-signing-secret", sealed, key)).toBe("whsec_plain");
    expect(() => openSecret("webhook-url", sealed, key)).toThrow();
    expect(() => openSecret("webhook-signing-secret", sealed, `${key}x`)).toThrow();
  });
});

describe("the retry schedule", () => {
  it("spreads twelve tries over less than 24 hours even with the longest jitter", () => {
    expect(MAX_ATTEMPTS).toBe(12);
    const longest = RETRY_SCHEDULE_S.reduce((sum, _, i) => sum + retryDelayMs(i + 1, RETRY_SCHEDULE_S, () => 1), 0);
    expect(longest).toBeLessThan(24 * 3_600_000);
    expect(retryDelayMs(1, RETRY_SCHEDULE_S, () => 0)).toBe(4_000);
  });
});
