import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, startConfig } from "@/lib/env";

const base = { DATABASE_PATH: "/tmp/x.db", UPLOAD_DIR: "/tmp/up" };
const start = (source: Record<string, string>, nodeEnv?: string) =>
  startConfig(parseEnv({ ...base, ...source }), nodeEnv);

describe("npm start's configuration", () => {
  it("defaults PUBLIC_URL to http://localhost:PORT on a fresh machine, and says so", () => {
    const { config, notice } = start({ PORT: "4100" });
    expect(config.PUBLIC_URL).toBe("http://localhost:4100");
    expect(config.HOST).toBe("0.0.0.0");
    expect(notice).toContain("http://localhost:4100");
  });

  it("keeps a configured PUBLIC_URL without a notice, in production too", () => {
    const { config, notice } = start(
      { PUBLIC_URL: "https://jobs.example.com", TRUST_PROXY: "true", HOST: "10.0.0.5" },
      "production",
    );
    expect(config.PUBLIC_URL).toBe("https://jobs.example.com");
    expect(notice).toBeUndefined();
  });

  it("refuses production behind a trusted proxy without PUBLIC_URL, with one clear message", () => {
    expect(() => start({ TRUST_PROXY: "true" }, "production")).toThrow(ConfigError);
    expect(() => start({ TRUST_PROXY: "true" }, "production")).toThrow(/PUBLIC_URL: set it/);
  });

  it("refuses a non-loopback bind address without PUBLIC_URL, whatever NODE_ENV says", () => {
    expect(() => start({ HOST: "192.0.2.10" })).toThrow(/PUBLIC_URL/);
    expect(() => start({ HOST: "jobs.internal" })).toThrow(/PUBLIC_URL/);
  });

  it("allows loopback and the default all-interfaces bind without PUBLIC_URL", () => {
    for (const HOST of ["127.0.0.1", "localhost", "::1", "0.0.0.0", "::"])
      expect(start({ HOST }).config.PUBLIC_URL).toBe("http://localhost:3000");
    expect(start({ TRUST_PROXY: "true" }).config.PUBLIC_URL).toBe("http://localhost:3000");
  });

  it("refuses a PUBLIC_URL that is not http(s), and a HOST with spaces", () => {
    expect(() => start({ PUBLIC_URL: "javascript:alert(1)" })).toThrow(/PUBLIC_URL must be an absolute http\(s\) URL/);
    expect(() => start({ HOST: "0.0.0.0 evil" })).toThrow(/HOST must be an address/);
  });
});

describe("startConfig with DATABASE_URL (several instances may share the database)", () => {
  const KEY = Buffer.alloc(32, 7).toString("base64");
  const SECRET = "s".repeat(32);
  const PG = "postgres://rekry:pw@db.internal:5432/rekry";

  it("asks for AUTH_SECRET and the server actions key, naming both, since instances must share them", () => {
    expect(() => start({ DATABASE_URL: PG })).toThrow(ConfigError);
    expect(() => start({ DATABASE_URL: PG })).toThrow(
      /^Invalid configuration:\n {2}AUTH_SECRET: set it.*\n {2}NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: set it.*\n {2}With DATABASE_URL, every instance must share these/,
    );
    expect(() => start({ DATABASE_URL: PG, AUTH_SECRET: SECRET })).toThrow(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: set it/,
    );
    expect(() => start({ DATABASE_URL: PG, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY })).toThrow(/AUTH_SECRET: set it/);
  });

  it("starts with both set, and SQLite needs neither", () => {
    const { config } = start({ DATABASE_URL: PG, AUTH_SECRET: SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY });
    expect(config.DATABASE_URL).toBe(PG);
    expect(config.DATABASE_POOL_SIZE).toBe(10);
    expect(start({}).config.DATABASE_URL).toBeUndefined();
  });

  it("refuses a DATABASE_URL of another scheme, a key that is no AES key, and a pool of none", () => {
    expect(() => start({ DATABASE_URL: "mysql://db/rekry" })).toThrow(/DATABASE_URL must start with postgres:\/\//);
    for (const bad of ["not base64!", Buffer.alloc(20).toString("base64")])
      expect(() => start({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad })).toThrow(/base64 AES key of 16, 24 or 32 bytes/);
    expect(() => start({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE must be at least 1/);
  });

  it("takes CACHE_TAGS_CHECK_MS from 0 up, refusing what is no whole number of milliseconds", () => {
    expect(start({}).config.CACHE_TAGS_CHECK_MS).toBe(1000);
    expect(start({ CACHE_TAGS_CHECK_MS: "0" }).config.CACHE_TAGS_CHECK_MS).toBe(0);
    expect(() => start({ CACHE_TAGS_CHECK_MS: "-1" })).toThrow(/CACHE_TAGS_CHECK_MS must be at least 0/);
    expect(() => start({ CACHE_TAGS_CHECK_MS: "1.5" })).toThrow(/whole number of milliseconds/);
  });

  it("reads CVs in the background unless CV_READER says false, and refuses what is no yes or no", () => {
    expect(start({}).config.CV_READER).toBe(true);
    expect(start({ CV_READER: "false" }).config.CV_READER).toBe(false);
    expect(start({ CV_READER: "0" }).config.CV_READER).toBe(false);
    expect(() => start({ CV_READER: "off" })).toThrow(/CV_READER must be true or false/);
  });
});
