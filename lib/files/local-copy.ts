import { createWriteStream } from "node:fs";
import { readdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { checkedKey, newTempPath, removeQuietly, tmpDir } from "./storage";
import type { FileStore } from "./store";

/**
 * A CV this instance has just put into a bucket stays a short while in its temp folder under its
 * storage key, so the background text reader reads it there instead of fetching it back from the
 * bucket (a GET per CV, as much work for the S3 server as the put). The disk store takes the
 * spooled file itself, so it never leaves one. A copy goes when the reader takes it, when its CV
 * is removed (lib/files/cv-objects.ts, removeStored: an erase, a duplicate, a failed write), when
 * the reader finds nothing left to read and the copy is older than LOCAL_COPY_IDLE_MS (its row
 * was read or erased on another instance), and at the latest with the upload sweep's temp files.
 */
const SUFFIX = ".stored";

/** Past any write transaction after the put: a copy this old whose row is not waiting is of no more use. */
export const LOCAL_COPY_IDLE_MS = 60_000;

export function localCopyPath(uploadDir: string, key: string): string {
  return path.join(tmpDir(uploadDir), `${checkedKey(key).replace("/", "-")}${SUFFIX}`);
}

/** Keeps the spooled file of a CV just put (same folder: a rename, nothing copied). */
export async function keepLocalCopy(uploadDir: string, key: string, spooled: string): Promise<void> {
  await rename(spooled, localCopyPath(uploadDir, key));
}

export async function dropLocalCopy(uploadDir: string, key: string): Promise<void> {
  await removeQuietly(localCopyPath(uploadDir, key));
}

/**
 * A private temp file with the CV's bytes for the caller to read and remove: this instance's copy
 * when it has one (renamed, so a second reader or an erase in between cannot share it), else the
 * object fetched from the store (another instance took the CV, or this one restarted); null when
 * the store has none.
 */
export async function spoolForReading(store: FileStore, uploadDir: string, key: string): Promise<string | null> {
  const temp = await newTempPath(uploadDir);
  try {
    await rename(localCopyPath(uploadDir, key), temp);
    return temp;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const found = await store.get(key);
  if (!found) return null;
  try {
    await pipeline(found.body, createWriteStream(temp, { mode: 0o600 }));
  } catch (e) {
    await removeQuietly(temp);
    throw e;
  }
  return temp;
}

/** Removes the copies written before `cutoff`; returns how many. */
export async function dropLocalCopiesBefore(uploadDir: string, cutoff: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir(tmpDir(uploadDir));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith(SUFFIX)) continue;
    const file = path.join(tmpDir(uploadDir), name);
    const mtime = await stat(file).then(
      (s) => s.mtimeMs,
      () => null,
    );
    if (mtime === null || mtime >= cutoff) continue;
    await removeQuietly(file);
    removed += 1;
  }
  return removed;
}
