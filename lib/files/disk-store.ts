import { createReadStream, createWriteStream } from "node:fs";
import { readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { pump } from "@/lib/http/pump";
import type { FileStore, ListedObject, PutSource } from "./store";
import { checkedKey, ensureDir, fileClosed, newTempPath, removeQuietly, safeKey } from "./storage";

export function cvDir(uploadDir: string): string {
  return path.join(uploadDir, "cv");
}

/** Where the disk store keeps a CV (tests and the bench seed lay files out this way). */
export function storedPath(uploadDir: string, key: string): string {
  return path.join(cvDir(uploadDir), checkedKey(key));
}

async function* walk(dir: string, relative: string): AsyncGenerator<{ full: string; key: string }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return;
    throw e;
  }
  // In key order, as a bucket lists (the sweep reads one shard after another).
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const key = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(full, key);
    else yield { full, key };
  }
}

/** CVs under UPLOAD_DIR/cv, the store of a single instance (the default). */
export function diskStore(uploadDir: string): FileStore {
  const root = cvDir(uploadDir);
  const full = (key: string) => path.join(root, safeKey(key));
  return {
    where: uploadDir,
    async put(key: string, source: PutSource) {
      const target = storedPath(uploadDir, key);
      await ensureDir(path.dirname(target));
      // A spooled file is already on disk (flushed before its stream closed): renaming it is atomic.
      if ("file" in source) {
        await rename(source.file, target);
        return true;
      }
      const temp = await newTempPath(uploadDir);
      const out = createWriteStream(temp, { flags: "wx", mode: 0o600, flush: true });
      try {
        await pump(source.stream, out);
        await rename(temp, target);
      } finally {
        await fileClosed(out);
        await removeQuietly(temp);
      }
      return false;
    },
    async get(key: string) {
      const file = full(key);
      const size = await stat(file).then(
        (s) => s.size,
        () => null,
      );
      return size === null ? null : { size, body: createReadStream(file) };
    },
    async head(key: string) {
      const size = await stat(full(key)).then(
        (s) => s.size,
        () => null,
      );
      return size === null ? null : { size, sha256: null };
    },
    async delete(key: string) {
      await unlink(full(key)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== "ENOENT") throw e;
      });
    },
    async *list(prefix: string): AsyncGenerator<ListedObject> {
      const folder = prefix.slice(0, prefix.lastIndexOf("/") + 1).replace(/\/$/, "");
      for await (const found of walk(folder ? full(folder) : root, folder)) {
        if (!found.key.startsWith(prefix)) continue;
        yield {
          key: found.key,
          modifiedAt: () =>
            stat(found.full).then(
              (s) => s.mtime,
              () => null,
            ),
        };
      }
    },
    async check() {
      return null;
    },
  };
}
