import { randomBytes } from "node:crypto";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";

/** Uploads in progress live here until they are accepted; start-up empties it. */
export function tmpDir(uploadDir: string): string {
  return path.join(uploadDir, "tmp");
}

export function cvDir(uploadDir: string): string {
  return path.join(uploadDir, "cv");
}

export async function newTempPath(uploadDir: string): Promise<string> {
  const dir = tmpDir(uploadDir);
  await mkdir(dir, { recursive: true });
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

/** Flushes a finished temp file to disk and moves it to its final name (same file system, atomic). */
export async function moveIntoPlace(tempPath: string, uploadDir: string, key: string): Promise<string> {
  const handle = await open(tempPath, "r");
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
  const target = storedPath(uploadDir, key);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(tempPath, target);
  return target;
}

export async function removeQuietly(file: string | undefined): Promise<void> {
  if (!file) return;
  await unlink(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e;
  });
}
