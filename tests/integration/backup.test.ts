import { spawn } from "node:child_process";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, setDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { applications } from "@/db/schema";
import { GET as health } from "@/app/api/health/route";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
});
afterAll(() => t.cleanup());

function backup(file: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/backup.ts", file], {
      env: process.env,
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

describe.skipIf(onPostgres)("npm run backup (SQLite's online backup)", () => {
  it("copies the live database while applications keep arriving, and the copy restores to a working app", async () => {
    for (let i = 0; i < 5; i++) expect((await apply(validFields())).status).toBe(201);
    const file = path.join(t.dir, "backup.db");
    let writing = true;
    const writer = (async () => {
      while (writing) await apply(validFields());
    })();
    const result = await backup(file);
    writing = false;
    await writer;
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain("integrity check: ok");

    // Restore: point the app at the copy, as the README says, and it answers.
    const restored = openDatabase(file);
    applyMigrations(restored);
    setDatabase(restored);
    try {
      expect((await health()).status).toBe(200);
      expect((await restored.read().select({ n: count() }).from(applications).get())!.n).toBeGreaterThanOrEqual(5);
    } finally {
      setDatabase(t.db);
      await restored.close();
    }
  }, 60_000);

  it("refuses to overwrite an existing file", async () => {
    const result = await backup(process.env.DATABASE_PATH!);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/exists already/);
  }, 30_000);
});
