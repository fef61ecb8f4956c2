import { and, eq, gte, lt } from "drizzle-orm";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Database, Reader } from "@/db";
import { files } from "@/db/schema";
import { cvDir, tmpDir } from "./storage";

export type SweepReport = { removedTemp: number; removedOrphans: number; missing: string[] };

/** Every shard folder a storage key can name (lib/files/storage.ts: two hex characters). */
const SHARDS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await entries(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/** True for a file last written before the cutoff; false when it is gone already. */
async function olderThan(file: string, cutoff: number): Promise<boolean> {
  try {
    return (await stat(file)).mtimeMs < cutoff;
  } catch {
    return false;
  }
}

/** Removes the files written before the cutoff; returns how many. */
async function removeOlder(paths: string[], cutoff: number): Promise<number> {
  let removed = 0;
  for (const file of paths) {
    if (!(await olderThan(file, cutoff))) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}

/** The rows whose keys live in one shard folder: a range of the unique index ("ab/" up to "ab0"). */
function shardRows(database: Reader, shard: string) {
  return database
    .select({ key: files.storageKey, createdAt: files.createdAt })
    .from(files)
    .where(and(gte(files.storageKey, `${shard}/`), lt(files.storageKey, `${shard}0`)))
    .all();
}

/**
 * Removes uploads that never finished and stored files that no row claims (a crash between the
 * move and the commit leaves those), written before `before`: the moment this process started.
 * Anything newer may be an upload in flight, so the sweep can run while the server already takes
 * requests (with 100,000 CVs it takes seconds, which start-up should not wait for). It walks one
 * shard folder at a time beside that shard's rows, so its memory does not grow with the number of
 * CVs (the whole list of names and rows at once stayed resident after start: 7 MB more with
 * 100,000 CVs).
 */
export async function sweepUploads(database: Database, uploadDir: string, before = Date.now()): Promise<SweepReport> {
  const removedTemp = await removeOlder(await listFiles(tmpDir(uploadDir)), before);
  const root = cvDir(uploadDir);
  let removedOrphans = 0;
  const missing: string[] = [];
  const reader = database.read();
  for (const shard of SHARDS) {
    const onDisk = new Map<string, string>();
    for (const file of await listFiles(path.join(root, shard))) {
      onDisk.set(path.relative(root, file).split(path.sep).join("/"), file);
    }
    for (const row of await shardRows(reader, shard)) {
      if (onDisk.delete(row.key)) continue;
      // A row without its file can only come from outside interference, or an erase since the
      // rows were read (that row is gone now); the caller reports it.
      const stillThere = reader.select({ key: files.storageKey }).from(files).where(eq(files.storageKey, row.key));
      if (row.createdAt.getTime() < before && (await stillThere.get())) missing.push(row.key);
    }
    // A file from before the start has no upload in flight, so no row is coming for it.
    removedOrphans += await removeOlder([...onDisk.values()], before);
  }
  // Anything outside the shard folders no storage key can name.
  for (const entry of await entries(root)) {
    if (entry.isDirectory() && SHARDS.includes(entry.name)) continue;
    const full = path.join(root, entry.name);
    removedOrphans += await removeOlder(entry.isDirectory() ? await listFiles(full) : [full], before);
  }
  return { removedTemp, removedOrphans, missing };
}
