import { randomBytes } from "node:crypto";
import { mkdir, rename, unlink } from "node:fs/promises";
import path from "node:path";

/** Uploads in progress live here until they are accepted; start-up empties it. */
export function tmpDir(uploadDir: string): string {
  return path.join(uploadDir, "tmp");
}

export function cvDir(uploadDir: string): string {
  return path.join(uploadDir, "cv");
}

const made = new Set<string>();

/**
 * Makes a folder once per process: every upload needs the temp folder and a shard folder, and a
 * mkdir for each is a round trip through the thread pool. The sweep never removes these folders.
 */
async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await mkdir(dir, { recursive: true });
  made.add(dir);
}

export async function newTempPath(uploadDir: string): Promise<string> {
  const dir = tmpDir(uploadDir);
  await ensureDir(dir);
  return path.join(dir, `${randomBytes(16).toString("hex")}.part`);
}

/** A random storage key with a two-character shard folder; never derived from the uploaded name. */
export function newStorageKey(): string {
  const hex = randomBytes(16).toString("hex");
  return `${hex.slice(0, 2)}/${hex}`;
}

export function storedPath(uploadDir: string, key: string): string {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{32}$/.test(key)) throw new Error("Invalid storage key");
  return path.join(cvDir(uploadDir), key);
}

/**
 * Moves a finished temp file to its final name (same file system, atomic). The file must already
 * be on disk: the upload's write stream flushes it before it closes (lib/applications/parse-multipart.ts).
 */
export async function moveIntoPlace(tempPath: string, uploadDir: string, key: string): Promise<string> {
  const target = storedPath(uploadDir, key);
  await ensureDir(path.dirname(target));
  await rename(tempPath, target);
  return target;
}

export async function removeQuietly(file: string | undefined): Promise<void> {
  if (!file) return;
  await unlink(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e;
  });
}
