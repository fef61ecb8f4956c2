import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

const base = { DATABASE_PATH: "/tmp/x.db", UPLOAD_DIR: "/tmp/up" };
const oidc = {
  OIDC_ISSUER: "https://id.example.com/realms/rekry",
  OIDC_CLIENT_ID: "rekry",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("single sign-on settings", () => {
  it("refuses OIDC_DEFAULT_ROLE=admin: just-in-time accounts are never admins", () => {
    expect(() => parseEnv({ ...base, ...oidc, OIDC_DEFAULT_ROLE: "admin" })).toThrow(ConfigError);
    expect(() => parseEnv({ ...base, ...oidc, OIDC_DEFAULT_ROLE: "admin" })).toThrow(
      /OIDC_DEFAULT_ROLE: .*never admin/,
    );
    expect(parseEnv({ ...base, ...oidc, OIDC_DEFAULT_ROLE: "recruiter" }).OIDC_DEFAULT_ROLE).toBe("recruiter");
    expect(parseEnv({ ...base, ...oidc }).OIDC_DEFAULT_ROLE).toBe("hiring_manager");
  });

  it("refuses OIDC_ISSUER without OIDC_CLIENT_SECRET (or OIDC_CLIENT_ID), naming what is missing", () => {
    const noSecret = { ...oidc, OIDC_CLIENT_SECRET: undefined };
    expect(() => parseEnv({ ...base, ...noSecret })).toThrow(ConfigError);
    expect(() => parseEnv({ ...base, ...noSecret })).toThrow(/OIDC_CLIENT_SECRET: set it too; OIDC_ISSUER is set/);
    expect(() => parseEnv({ ...base, ...noSecret, OIDC_CLIENT_SECRET: "" })).toThrow(/OIDC_CLIENT_SECRET/);
    expect(() => parseEnv({ ...base, OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID: set it too/);
    expect(parseEnv({ ...base, ...oidc }).OIDC_ISSUER).toBe(oidc.OIDC_ISSUER);
  });
});
