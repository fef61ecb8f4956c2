import type { Readable } from "node:stream";
import { env, type Env } from "@/lib/env";
import { diskStore } from "./disk-store";
import { s3Store } from "./s3-store";

/**
 * What is put: the bytes, as a spooled private file (the disk store renames it into place, so it
 * never copies) or as a stream, with the size and SHA-256 the intake measured while receiving it.
 */
export type PutSource = { size: number; sha256: string } & ({ file: string } | { stream: Readable });

/** One stored object as a listing sees it: its key, and when it was last written. */
export type ListedObject = { key: string; modifiedAt: () => Promise<Date | null> };

/** One CV read back: its size, and its bytes as a stream that errors (never ends early) on failure. */
export type StoredBody = { size: number; body: Readable };

/**
 * Where CVs live: the local upload folder, or an S3-compatible bucket. Keys are the files rows'
 * storage keys ("ab/<32 hex>", lib/files/storage.ts); nothing outside lib/files/ knows which store
 * is in use.
 */
export interface FileStore {
  /** For messages: the folder, or s3://bucket/prefix. */
  readonly where: string;
  /** Stores the object; true when the store took over the source file (nothing left to remove). */
  put(key: string, source: PutSource): Promise<boolean>;
  /** The object, or null when there is none. */
  get(key: string): Promise<StoredBody | null>;
  /** The object's size and recorded SHA-256 (S3 only keeps what put recorded), or null. */
  head(key: string): Promise<{ size: number; sha256: string | null } | null>;
  /** Removes the object; a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`, in key order, found as it goes (not held all at once). */
  list(prefix: string): AsyncIterable<ListedObject>;
  /** Start-up check: null, or one line saying why CVs cannot be stored. */
  check(): Promise<string | null>;
}

/** The settings that choose and open the store (the sweep worker gets these, not the whole Env). */
export type FileStoreSetting = Pick<Env, "UPLOAD_DIR"> & Partial<Pick<Env, (typeof SETTING_KEYS)[number]>>;

const SETTING_KEYS = [
  "UPLOAD_DIR",
  "S3_ENDPOINT",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_PREFIX",
] as const;

/** Only the store's settings, for a worker thread that should get nothing else. */
export function fileStoreSetting(config: FileStoreSetting): FileStoreSetting {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, config[k]])) as FileStoreSetting;
}

/** The bucket when S3_BUCKET is set (lib/env.ts then requires the rest), else UPLOAD_DIR. */
export function openFileStore(setting: FileStoreSetting): FileStore {
  if (setting.S3_BUCKET && setting.S3_ENDPOINT && setting.S3_ACCESS_KEY_ID && setting.S3_SECRET_ACCESS_KEY) {
    return s3Store({
      endpoint: setting.S3_ENDPOINT,
      bucket: setting.S3_BUCKET,
      region: setting.S3_REGION ?? "us-east-1",
      accessKeyId: setting.S3_ACCESS_KEY_ID,
      secretAccessKey: setting.S3_SECRET_ACCESS_KEY,
      prefix: setting.S3_PREFIX ?? "",
    });
  }
  return diskStore(setting.UPLOAD_DIR);
}

let current: FileStore | undefined;

/** This process's store, opened from its configuration once. */
export function fileStore(): FileStore {
  current ??= openFileStore(env());
  return current;
}

/** Swaps the process's store (tests run the same code against both); undefined reopens from env. */
export function setFileStore(next: FileStore | undefined): void {
  current = next;
}
