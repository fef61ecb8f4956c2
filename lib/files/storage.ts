import { randomBytes } from "node:crypto";
import type { WriteStream } from "node:fs";
import { mkdir, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * Uploads in progress are spooled here, on this instance's own disk whichever store keeps the CVs
 * (the zip checks need random access); start-up empties it.
 */
export function tmpDir(uploadDir: string): string {
  return path.join(uploadDir, "tmp");
}

const made = new Set<string>();

/**
 * Makes a folder once per process: every upload needs the temp folder and a shard folder, and a
 * mkdir for each is a round trip through the thread pool. The sweep never removes these folders.
 */
export async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await mkdir(dir, { recursive: true });
  made.add(dir);
}

export async function newTempPath(uploadDir: string): Promise<string> {
  const dir = tmpDir(uploadDir);
  await ensureDir(dir);
  return path.join(dir, `${randomBytes(16).toString("hex")}.part`);
}

const STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** A random storage key with a two-character shard prefix; never derived from the uploaded name. */
export function newStorageKey(): string {
  const hex = randomBytes(16).toString("hex");
  return `${hex.slice(0, 2)}/${hex}`;
}

/** A key the intake could have made; anything else is refused before it names a file or object. */
export function checkedKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error("Invalid storage key");
  return key;
}

/**
 * A key a listing may have found (the sweep removes strays that no storage key names): relative,
 * without "." or ".." segments, so it cannot name anything outside the store.
 */
export function safeKey(key: string): string {
  const parts = key.split("/");
  if (!key || key.includes("\\") || parts.some((p) => p === "" || p === "." || p === "..")) {
    throw new Error("Invalid storage key");
  }
  return key;
}

/**
 * Resolves once a file stream has let go of its file. A chain that fails destroys its streams
 * but does not wait for them, and a file stream destroyed while its file was still being opened
 * creates the file after that: removing the file before this would leave it behind.
 */
export function fileClosed(stream: WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once("close", () => resolve()));
}

export async function removeQuietly(file: string | undefined): Promise<void> {
  if (!file) return;
  await unlink(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e;
  });
}
