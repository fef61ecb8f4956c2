import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rememberedDecode } from "@/lib/auth/session-token";

const secret = "unit-test-secret-unit-test-secret-0123456789";
const salt = "authjs.session-token";
const T0 = Date.UTC(2026, 10, 22, 9);

afterEach(() => vi.useRealTimers());

describe("rememberedDecode", () => {
  it("answers what the token says, again and again, each caller with its own copy", async () => {
    const token = await encode({ token: { sub: "7", sv: 2 }, secret, salt });
    const first = await rememberedDecode({ token, secret, salt });
    expect(first).toMatchObject({ sub: "7", sv: 2 });
    first!.sub = "changed by a caller";
    expect(await rememberedDecode({ token, secret, salt })).toMatchObject({ sub: "7", sv: 2 });
  });

  it("refuses a remembered token once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const token = await encode({ token: { sub: "8", sv: 1 }, secret, salt, maxAge: 60 });
    expect(await rememberedDecode({ token, secret, salt })).toMatchObject({ sub: "8" });
    vi.setSystemTime(T0 + 30_000);
    expect(await rememberedDecode({ token, secret, salt })).toMatchObject({ sub: "8" });
    vi.setSystemTime(T0 + 120_000);
    await expect(rememberedDecode({ token, secret, salt })).rejects.toThrow();
  });

  it("does not hand a remembered token to a caller with another secret or salt", async () => {
    const token = await encode({ token: { sub: "9", sv: 1 }, secret, salt });
    expect(await rememberedDecode({ token, secret, salt })).toMatchObject({ sub: "9" });
    await expect(rememberedDecode({ token, secret: `${secret}-rotated`, salt })).rejects.toThrow();
    await expect(rememberedDecode({ token, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
  });

  it("refuses a token that was tampered with, even one differing from a remembered one by a character", async () => {
    const token = await encode({ token: { sub: "10", sv: 1 }, secret, salt });
    expect(await rememberedDecode({ token, secret, salt })).toMatchObject({ sub: "10" });
    const parts = token.split(".");
    const cipher = parts[3]!;
    parts[3] = (cipher[0] === "A" ? "B" : "A") + cipher.slice(1);
    await expect(rememberedDecode({ token: parts.join("."), secret, salt })).rejects.toThrow();
  });
});
