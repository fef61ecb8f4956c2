import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db";
import { startCheckpointer } from "@/db/checkpointer";

const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-checkpoint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the background checkpointer", () => {
  it("moves the log into the database file from its own thread, and hands checkpoints back to commits when stopped", async () => {
    const file = path.join(dir, "wal.db");
    const database = openDatabase(file);
    database.writer.$client.exec("create table blobs (id integer primary key, body blob)");
    const stop = startCheckpointer(database, 50);
    expect(database.writer.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(0);

    // About 8 MB in many commits: without a checkpoint all of it would stay in the log. Measured
    // from the empty file: the checkpointer may already run while the commits are made (it did,
    // beside other test files' workers, and the file had grown before a later measure).
    const empty = statSync(file).size;
    const insert = database.writer.$client.prepare("insert into blobs (body) values (randomblob(4000))");
    for (let i = 0; i < 40; i++)
      database.writer.$client.transaction(() => {
        for (let k = 0; k < 50; k++) insert.run();
      })();
    await expect.poll(() => statSync(file).size, { timeout: 20_000 }).toBeGreaterThan(empty + 7_000_000);

    await stop();
    expect(database.writer.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    await database.close();
  });
});
