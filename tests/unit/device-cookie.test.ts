import { describe, expect, it } from "vitest";
import {
  DEVICE_COOKIE_DAYS,
  deviceCookieName,
  readCookie,
  signDeviceCookie,
  verifyDeviceCookie,
} from "@/lib/auth/device-cookie";

const secret = "unit-test-secret-unit-test-secret-0123456789";
const T0 = Date.UTC(2026, 10, 22, 9);

describe("device cookies", () => {
  it("open only for the account and secret they were signed with", () => {
    const value = signDeviceCookie(secret, "ada@example.com", T0);
    expect(verifyDeviceCookie(secret, "ada@example.com", value, T0)).toMatch(/^[\w-]{22}$/);
    expect(verifyDeviceCookie(secret, "bob@example.com", value, T0)).toBeNull();
    expect(verifyDeviceCookie(`${secret}-rotated`, "ada@example.com", value, T0)).toBeNull();
  });

  it("refuse a changed character, a changed expiry and an expired cookie", () => {
    const value = signDeviceCookie(secret, "ada@example.com", T0);
    const [id, expires, signature] = value.split(".");
    expect(
      verifyDeviceCookie(secret, "ada@example.com", `${id}.${Number(expires) + 86400}.${signature}`, T0),
    ).toBeNull();
    expect(
      verifyDeviceCookie(
        secret,
        "ada@example.com",
        `${id!.replace(/^./, (c) => (c === "A" ? "B" : "A"))}.${expires}.${signature}`,
        T0,
      ),
    ).toBeNull();
    expect(
      verifyDeviceCookie(secret, "ada@example.com", value, T0 + (DEVICE_COOKIE_DAYS - 1) * 86_400_000),
    ).not.toBeNull();
    expect(verifyDeviceCookie(secret, "ada@example.com", value, T0 + DEVICE_COOKIE_DAYS * 86_400_000)).toBeNull();
    expect(verifyDeviceCookie(secret, "ada@example.com", undefined, T0)).toBeNull();
    expect(verifyDeviceCookie(secret, "ada@example.com", `${value}.extra`, T0)).toBeNull();
  });

  it("are named per account without naming the account, and read back from a Cookie header", () => {
    const name = deviceCookieName(secret, "ada@example.com");
    expect(name).not.toContain("ada");
    expect(name).not.toBe(deviceCookieName(secret, "bob@example.com"));
    expect(readCookie(`a=1; ${name}=xyz; b=2`, name)).toBe("xyz");
    expect(readCookie("a=1", name)).toBeUndefined();
  });
});
