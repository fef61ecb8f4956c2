import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm start` with this environment, until it exits (a refusal comes before any build). */
function start(extra: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-start-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: path.join(dir, "rekry.db"),
    UPLOAD_DIR: path.join(dir, "uploads"),
    ...extra,
  };
  delete env.PUBLIC_URL;
  try {
    return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
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
