import { readdir, rm } from "node:fs/promises";
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

/**
 * Run at start-up, before the server takes requests: removes uploads that never finished and
 * stored files that no row claims (a crash between the move and the commit leaves those).
 */
export async function sweepUploads(database: Db, uploadDir: string): Promise<SweepReport> {
  const temp = await listFiles(tmpDir(uploadDir));
  await Promise.all(temp.map((f) => rm(f, { force: true })));

  const claimed = new Set(database.select({ key: files.storageKey }).from(files).all().map((r) => r.key));
  const root = cvDir(uploadDir);
  const stored = await listFiles(root);
  let removedOrphans = 0;
  const present = new Set<string>();
  for (const file of stored) {
    const key = path.relative(root, file).split(path.sep).join("/");
    if (claimed.has(key)) present.add(key);
    else {
      await rm(file, { force: true });
      removedOrphans += 1;
    }
  }
  // A row without its file can only come from outside interference; the caller reports it.
  const missing = [...claimed].filter((k) => !present.has(k));
  return { removedTemp: temp.length, removedOrphans, missing };
}
