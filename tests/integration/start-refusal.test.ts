import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describePg, pgUrlFor } from "../helpers/pg";
import { startSetup } from "../helpers/start";

/** `npm start` with this environment, until it exits (a refusal comes before any build). */
function start(extra: Record<string, string>) {
  const { args, env, dir } = startSetup(extra);
  try {
    return spawnSync(process.execPath, args, { env, encoding: "utf8", timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("npm start without PUBLIC_URL", () => {
  it.each([
    ["in production behind a trusted proxy", { NODE_ENV: "production", TRUST_PROXY: "true" }],
    ["bound to a non-loopback address", { HOST: "192.0.2.10" }],
  ])(
    "refuses to start %s, with one clear message and no stack trace",
    (_, extra) => {
      const run = start(extra);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^Invalid configuration:\n {2}PUBLIC_URL: set it/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});

/** What every instance on one PostgreSQL shares (see startConfig). */
const SHARED = {
  AUTH_SECRET: "s".repeat(32),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
};

describe("npm start with DATABASE_URL", () => {
  const expectOneLine = (run: ReturnType<typeof start>, line: string | RegExp) => {
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(line);
  };

  it("refuses to start without the secrets instances share, naming them", () => {
    const run = start({ DATABASE_URL: "postgres://rekry@127.0.0.1:1/rekry" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Invalid configuration:\n {2}AUTH_SECRET: set it/);
    expect(run.stderr).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: set it/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("stops with one line when the server is unreachable or the URL is not one", () => {
    expectOneLine(
      start({ ...SHARED, DATABASE_URL: "postgres://rekry@127.0.0.1:1/rekry" }),
      "Cannot reach PostgreSQL at 127.0.0.1:1: connection refused (is it running and listening there?)",
    );
    expectOneLine(
      start({ ...SHARED, DATABASE_URL: "postgres://rekry@127.0.0.1:5432/" }),
      /^DATABASE_URL names no database/,
    );
  }, 60_000);
});

describePg("npm start with DATABASE_URL, against the test server", () => {
  it("stops with one line naming a database the server does not have", () => {
    const run = start({ ...SHARED, DATABASE_URL: pgUrlFor("rekry_no_such_database") });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd()).toBe(
      'PostgreSQL at 127.0.0.1:55432 has no database "rekry_no_such_database" (create it, for example: createdb -O postgres rekry_no_such_database)',
    );
  }, 60_000);
});

describe("npm run serve", () => {
  it("stops with one line naming the missing build, and never builds", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-serve-"));
    try {
      const run = spawnSync(
        process.execPath,
        [
          path.resolve("node_modules/tsx/dist/cli.mjs"),
          "--tsconfig",
          path.resolve("tsconfig.json"),
          path.resolve("scripts/start.ts"),
          "--no-build",
        ],
        {
          cwd: dir,
          env: { ...process.env, DATABASE_PATH: path.join(dir, "rekry.db"), UPLOAD_DIR: path.join(dir, "uploads") },
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(run.stderr.trim()).toBe(
        `No production build in ${path.join(dir, ".next")}: run \`npm run build\` first (npm start builds when needed).`,
      );
      expect(run.status).toBe(1);
      expect(existsSync(path.join(dir, ".next"))).toBe(false);
      expect(existsSync(path.join(dir, "rekry.db"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
