import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, setDatabase } from "@/db";
import { GET } from "@/app/api/health/route";
import { sweepUploads } from "@/lib/files/sweep";
import { diskStore, storedPath } from "@/lib/files/disk-store";
import { tmpDir } from "@/lib/files/storage";
import { files } from "@/db/schema";
import { createTestData, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
});
afterAll(() => t.cleanup());

describe("GET /api/health", () => {
  it("answers 200 after a real query", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database cannot be read", async () => {
    // A connection that has gone away, as when the file or its disk becomes unreadable.
    const db = openDatabase(path.join(t.dir, "gone.db"));
    await db.close();
    setDatabase(db);
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ db: "error" });
    } finally {
      setDatabase(t.db);
    }
  });
});

describe("start-up sweep of the upload folder", () => {
  it("removes unfinished uploads and files no row claims from before the start, and keeps every claimed CV and anything newer", async () => {
    const res = await apply(validFields());
    expect(res.status).toBe(201);
    const claimed = await t.db.read().select().from(files).all();
    expect(claimed.length).toBeGreaterThan(0);

    mkdirSync(tmpDir(t.uploadDir), { recursive: true });
    const partial = path.join(tmpDir(t.uploadDir), "deadbeef.part");
    writeFileSync(partial, "half an upload");
    const orphanKey = "ab/abababababababababababababababab";
    mkdirSync(path.dirname(storedPath(t.uploadDir, orphanKey)), { recursive: true });
    writeFileSync(storedPath(t.uploadDir, orphanKey), "%PDF-1.4 orphan");

    // Written before the server started: left by a crash. Written since: maybe an upload in flight.
    const startedAt = Date.now();
    const at = (file: string, ms: number) => utimesSync(file, new Date(ms), new Date(ms));
    at(partial, startedAt - 60_000);
    at(storedPath(t.uploadDir, orphanKey), startedAt - 60_000);
    const inFlight = path.join(tmpDir(t.uploadDir), "cafebabe.part");
    writeFileSync(inFlight, "an upload arriving now");
    const justStored = "cd/cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd";
    mkdirSync(path.dirname(storedPath(t.uploadDir, justStored)), { recursive: true });
    writeFileSync(storedPath(t.uploadDir, justStored), "%PDF-1.4 its row is about to commit");
    at(inFlight, startedAt + 3_600_000);
    at(storedPath(t.uploadDir, justStored), startedAt + 3_600_000);

    const report = await sweepUploads(t.db, diskStore(t.uploadDir), t.uploadDir, startedAt);
    expect(report).toEqual({ removedTemp: 1, removedOrphans: 1, missing: [] });
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(storedPath(t.uploadDir, orphanKey))).toBe(false);
    expect(existsSync(inFlight)).toBe(true);
    expect(existsSync(storedPath(t.uploadDir, justStored))).toBe(true);
    for (const row of claimed) expect(existsSync(storedPath(t.uploadDir, row.storageKey))).toBe(true);
  });

  it("removes old files outside the shard folders and reports a row whose file is gone", async () => {
    const res = await apply({ ...validFields(), email: "sweep-missing@example.com" });
    expect(res.status).toBe(201);
    const root = path.dirname(path.dirname(storedPath(t.uploadDir, "ab/abababababababababababababababab")));
    const stray = path.join(root, "stray.pdf");
    const nested = path.join(root, "not-a-shard", "deep", "old.pdf");
    mkdirSync(path.dirname(nested), { recursive: true });
    writeFileSync(stray, "%PDF-1.4 stray");
    writeFileSync(nested, "%PDF-1.4 nested");
    const startedAt = Date.now();
    for (const f of [stray, nested]) utimesSync(f, new Date(startedAt - 60_000), new Date(startedAt - 60_000));
    const rows = await t.db.read().select().from(files).all();
    const gone = rows[rows.length - 1]!;
    rmSync(storedPath(t.uploadDir, gone.storageKey));

    const report = await sweepUploads(t.db, diskStore(t.uploadDir), t.uploadDir, startedAt + 1);
    expect(report).toEqual({ removedTemp: 0, removedOrphans: 2, missing: [gone.storageKey] });
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(nested)).toBe(false);
    for (const row of rows.slice(0, -1)) expect(existsSync(storedPath(t.uploadDir, row.storageKey))).toBe(true);
  });
});
