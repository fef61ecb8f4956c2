import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { files } from "@/db/schema";
import { storedPath, tmpDir } from "@/lib/files/storage";
import { compileServer } from "@/scripts/compile-server.mjs";
import { sweepInBackground } from "@/scripts/prepare";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";

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

describe.skipIf(onPostgres)("the start-up sweep in a worker thread (which opens the SQLite file)", () => {
  it("removes an old orphan and an old unfinished upload while the main thread is blocked, and logs them and a missing file", async () => {
    for (const email of ["kept@example.com", "lost@example.com"]) {
      expect((await apply({ ...validFields(), email })).status).toBe(201);
    }
    const [kept, lost] = await t.db.read().select().from(files).all();
    rmSync(storedPath(t.uploadDir, lost!.storageKey));
    mkdirSync(tmpDir(t.uploadDir), { recursive: true });
    const partial = path.join(tmpDir(t.uploadDir), "deadbeef.part");
    writeFileSync(partial, "half an upload");
    const orphan = storedPath(t.uploadDir, "ab/abababababababababababababababab");
    mkdirSync(path.dirname(orphan), { recursive: true });
    writeFileSync(orphan, "%PDF-1.4 orphan");
    const startedAt = Date.now();
    for (const f of [partial, orphan]) utimesSync(f, new Date(startedAt - 60_000), new Date(startedAt - 60_000));

    const lines: string[] = [];
    const config = { DATABASE_PATH: path.join(t.dir, "rekry.db"), UPLOAD_DIR: t.uploadDir };
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
      `WARNING: 1 stored CV file(s) are missing from ${t.uploadDir}.`,
    ]);
  });

  it("logs a sweep that fails in the worker, and settles without rejecting", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // A database under a file, not a folder: the worker cannot open it.
      const config = { DATABASE_PATH: path.join(t.dir, "rekry.db", "nested.db"), UPLOAD_DIR: t.uploadDir };
      await expect(sweepInBackground(config, Date.now(), () => {})).resolves.toBeUndefined();
      expect(error).toHaveBeenCalledWith("The upload folder sweep failed:", expect.any(Error));
    } finally {
      error.mockRestore();
    }
  });
});
