import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { files } from "@/db/schema";
import type { PostgresDatabase } from "@/db";
import { storedPath } from "@/lib/files/disk-store";
import { tmpDir } from "@/lib/files/storage";
import { compileServer } from "@/scripts/compile-server.mjs";
import { sweepInBackground } from "@/scripts/prepare";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";
import { withPgClient } from "../helpers/pg";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
  // The server starts the worker from its compiled bundle (dist/sweep-worker.cjs), so build it.
  await compileServer();
}, 60_000);
afterAll(() => t.cleanup());

/** Sleeps without giving the event loop a turn: nothing scheduled on this thread can run meanwhile. */
function blockFor(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const HOUR = 3_600_000;

/** The server's configuration of the database, as the worker gets it. */
function configWith(databasePath: string) {
  return {
    DATABASE_PATH: databasePath,
    DATABASE_URL: onPostgres ? (t.db as unknown as PostgresDatabase).url : undefined,
    UPLOAD_DIR: t.uploadDir,
  };
}

/** A file no row claims, in a shard folder, last written `ago` milliseconds before `now`. */
function orphanFile(name: string, now: number, ago: number): string {
  const file = storedPath(t.uploadDir, `ab/${name.padEnd(32, "a")}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "%PDF-1.4 orphan");
  utimesSync(file, new Date(now - ago), new Date(now - ago));
  return file;
}

describe("the start-up sweep in a worker thread (with its own connection to the database)", () => {
  it("removes an old orphan and an old unfinished upload while the main thread is blocked, and logs them and a missing file", async () => {
    for (const email of ["kept@example.com", "lost@example.com"]) {
      expect((await apply({ ...validFields(), email })).status).toBe(201);
    }
    const [kept, lost] = await t.db.read().select().from(files).all();
    rmSync(storedPath(t.uploadDir, lost!.storageKey));
    mkdirSync(tmpDir(t.uploadDir), { recursive: true });
    const partial = path.join(tmpDir(t.uploadDir), "deadbeef.part");
    writeFileSync(partial, "half an upload");
    const startedAt = Date.now();
    const orphan = orphanFile("abab", startedAt, 2 * HOUR);
    utimesSync(partial, new Date(startedAt - 2 * HOUR), new Date(startedAt - 2 * HOUR));

    const lines: string[] = [];
    const config = configWith(path.join(t.dir, "rekry.db"));
    const sweeping = await sweepInBackground(config, startedAt + 1, (line) => lines.push(line));
    // A sweep on this thread could not take a step until the wait ends; only another thread can.
    const deadline = Date.now() + 10_000;
    while (existsSync(orphan) && Date.now() < deadline) blockFor(20);
    expect(existsSync(orphan)).toBe(false);

    await sweeping;
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(storedPath(t.uploadDir, kept!.storageKey))).toBe(true);
    expect(lines).toEqual([
      "Removed 1 unfinished upload(s) and 1 file(s) no application claims.",
      // On PostgreSQL only rows from before the last hour count: the lost file's row is a minute old.
      ...(onPostgres ? [] : [`WARNING: 1 stored CV file(s) are missing from ${t.uploadDir}.`]),
    ]);
  });

  it("leaves a file from the last hour on PostgreSQL, where another instance may be uploading it", async () => {
    const now = Date.now();
    const recent = orphanFile("cafe", now, 10 * 60_000);
    const lines: string[] = [];
    await sweepInBackground(configWith(path.join(t.dir, "rekry.db")), now + 1, (line) => lines.push(line));
    // On SQLite one instance serves the folder: what was written before it started is left over.
    expect(existsSync(recent)).toBe(onPostgres);
    const removed = lines.filter((line) => line.startsWith("Removed"));
    expect(removed).toEqual(onPostgres ? [] : ["Removed 0 unfinished upload(s) and 1 file(s) no application claims."]);
    rmSync(recent, { force: true });
  });

  it.runIf(onPostgres)("skips the sweep while another instance is sweeping", async () => {
    const now = Date.now();
    const old = orphanFile("beef", now, 2 * HOUR);
    const lines: string[] = [];
    await withPgClient(
      async (other) => {
        await other.query("select pg_advisory_lock(hashtext('rekry:upload-sweep'))");
        await sweepInBackground(configWith(path.join(t.dir, "rekry.db")), now + 1, (line) => lines.push(line));
      },
      (t.db as unknown as PostgresDatabase).url,
    );
    expect(lines).toEqual(["Another instance is sweeping the upload folder; this one leaves it."]);
    expect(existsSync(old)).toBe(true);
    // Once that instance is gone, this one sweeps.
    await sweepInBackground(configWith(path.join(t.dir, "rekry.db")), now + 1, () => {});
    expect(existsSync(old)).toBe(false);
  });

  it("logs a sweep that fails in the worker, and settles without rejecting", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // A database under a file, not a folder: the worker cannot open it.
      const config = onPostgres
        ? { ...configWith(""), DATABASE_URL: "postgres://rekry:wrong@127.0.0.1:1/none" }
        : { DATABASE_PATH: path.join(t.dir, "rekry.db", "nested.db"), UPLOAD_DIR: t.uploadDir };
      await expect(sweepInBackground(config, Date.now(), () => {})).resolves.toBeUndefined();
      expect(error).toHaveBeenCalledWith("The upload folder sweep failed:", expect.any(Error));
    } finally {
      error.mockRestore();
    }
  });
});
