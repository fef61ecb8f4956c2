import { eq } from "drizzle-orm";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/db";
import { files } from "@/db/schema";
import { cvDir, tmpDir } from "./storage";

export type SweepReport = { removedTemp: number; removedOrphans: number; missing: string[] };

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return out;
    throw e;
  }
  for (const entry of entries) {
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

/**
 * Removes uploads that never finished and stored files that no row claims (a crash between the
 * move and the commit leaves those), written before `before`: the moment this process started.
 * Anything newer may be an upload in flight, so the sweep can run while the server already takes
 * requests (with 100,000 CVs it takes seconds, which start-up should not wait for).
 */
export async function sweepUploads(database: Db, uploadDir: string, before = Date.now()): Promise<SweepReport> {
  const temp = await listFiles(tmpDir(uploadDir));
  let removedTemp = 0;
  for (const file of temp) {
    if (!(await olderThan(file, before))) continue;
    await rm(file, { force: true });
    removedTemp += 1;
  }

  const rows = database.select({ key: files.storageKey, createdAt: files.createdAt }).from(files).all();
  const claimed = new Set(rows.map((r) => r.key));
  const root = cvDir(uploadDir);
  const stored = await listFiles(root);
  let removedOrphans = 0;
  const present = new Set<string>();
  for (const file of stored) {
    const key = path.relative(root, file).split(path.sep).join("/");
    if (claimed.has(key)) present.add(key);
    // A file from before the start has no upload in flight, so no row is coming for it.
    else if (await olderThan(file, before)) {
      await rm(file, { force: true });
      removedOrphans += 1;
    }
  }
  // A row without its file can only come from outside interference (or an erase since the rows
  // were read: those rows are gone now); the caller reports it.
  const missing = rows
    .filter((r) => !present.has(r.key) && r.createdAt.getTime() < before)
    .filter((r) => database.select({ key: files.storageKey }).from(files).where(eq(files.storageKey, r.key)).get())
    .map((r) => r.key);
  return { removedTemp, removedOrphans, missing };
}
