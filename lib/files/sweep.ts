import { and, gte, inArray, lt } from "drizzle-orm";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Database, Reader } from "@/db";
import { files } from "@/db/schema";
import { tmpDir } from "./storage";
import type { FileStore } from "./store";

export type SweepReport = { removedTemp: number; removedOrphans: number; missing: string[] };

/** Every shard a storage key can name (lib/files/storage.ts: two hex characters). */
const SHARDS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Removes this instance's unfinished uploads (spooled on its own disk) written before the cutoff. */
async function removeOldTemp(uploadDir: string, cutoff: number): Promise<number> {
  const dir = tmpDir(uploadDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const mtime = await stat(file).then(
      (s) => s.mtimeMs,
      () => null,
    );
    if (mtime === null || mtime >= cutoff) continue;
    await rm(file, { force: true, recursive: true });
    removed += 1;
  }
  return removed;
}

/** The rows whose keys lie in one shard: a range of the unique index ("ab/" up to "ab0"). */
function shardRows(database: Reader, shard: string) {
  return database
    .select({ key: files.storageKey, createdAt: files.createdAt })
    .from(files)
    .where(and(gte(files.storageKey, `${shard}/`), lt(files.storageKey, `${shard}0`)))
    .all();
}

/** Deletes the listed objects written before the cutoff; returns how many. */
async function removeOlder(
  store: FileStore,
  objects: Iterable<{ key: string; modifiedAt: () => Promise<Date | null> }>,
  cutoff: number,
) {
  let removed = 0;
  for (const object of objects) {
    const modified = await object.modifiedAt();
    if (!modified || modified.getTime() >= cutoff) continue;
    await store.delete(object.key);
    removed += 1;
  }
  return removed;
}

type Listed = { key: string; modifiedAt: () => Promise<Date | null> };

/**
 * Removes uploads that never finished and stored CVs that no row claims, written before `before`.
 * A crash between the put and the commit leaves such objects, and so does an erase whose delete
 * the store refused: the next sweep takes them. Anything newer may be an upload in flight, so the
 * sweep can run while the server takes requests. It reads the store's listing once, in key order,
 * one shard at a time beside that shard's rows, so its memory does not grow with the number of
 * CVs (the whole list of names and rows at once stayed resident after start: 7 MB more with
 * 100,000 CVs), and a bucket of 100,000 CVs takes 100 list requests.
 */
export async function sweepUploads(
  database: Database,
  store: FileStore,
  uploadDir: string,
  before = Date.now(),
): Promise<SweepReport> {
  const removedTemp = await removeOldTemp(uploadDir, before);
  let removedOrphans = 0;
  const missing: string[] = [];
  const reader = database.read();
  let next = 0;
  let inShard = new Map<string, Listed>();
  /** Settles every shard before `upTo` (an index into SHARDS) with what the listing found in it. */
  const settleUpTo = async (upTo: number) => {
    for (; next < upTo; next++) {
      const unfound: string[] = [];
      for (const row of await shardRows(reader, SHARDS[next]!)) {
        if (!inShard.delete(row.key) && row.createdAt.getTime() < before) unfound.push(row.key);
      }
      // A row without its object can only come from outside interference (or a bucket not yet
      // filled by files:copy), or an erase since the rows were read (that row is gone now); the
      // caller reports the rest. Asked once per shard, not once per row.
      if (unfound.length) {
        const stillThere = await reader
          .select({ key: files.storageKey })
          .from(files)
          .where(inArray(files.storageKey, unfound))
          .all();
        missing.push(...stillThere.map((row) => row.key));
      }
      // An object from before the cutoff has no upload in flight, so no row is coming for it.
      removedOrphans += await removeOlder(store, inShard.values(), before);
      inShard = new Map();
    }
  };
  const strays: Listed[] = [];
  for await (const object of store.list("")) {
    const shard = SHARDS.indexOf(object.key.slice(0, 2));
    // Anything outside the shards no storage key can name.
    if (shard < 0 || object.key[2] !== "/") {
      strays.push(object);
      continue;
    }
    // A shard already settled would have its claimed CVs taken for orphans of a later one.
    if (shard < next) throw new Error(`${store.where} listed ${object.key} out of key order; nothing more was swept`);
    await settleUpTo(shard);
    inShard.set(object.key, object);
  }
  await settleUpTo(SHARDS.length);
  removedOrphans += await removeOlder(store, strays, before);
  return { removedTemp, removedOrphans, missing };
}
