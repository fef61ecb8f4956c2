import { createHash } from "node:crypto";
import { asc, count, gt } from "drizzle-orm";
import type { Database } from "@/db";
import { files } from "@/db/schema";
import type { FileStore } from "./store";

export type FilesCopyProgress = { done: number; total: number };
export type FilesCopyReport = {
  total: number;
  /** Put into the target by this run. */
  copied: number;
  /** Already in the target with the row's size and SHA-256 (an earlier run put them). */
  present: number;
  /** Rows whose CV the source does not have. */
  missing: string[];
  /** Source files whose bytes are not the ones the row recorded: not copied. */
  mismatched: string[];
  ms: number;
};

const BATCH = 500;
/** Objects in flight at once: a bucket answers each put in milliseconds, over the network. */
const PARALLEL = 8;

async function sha256Of(store: FileStore, key: string): Promise<{ sha256: string; size: number } | null> {
  const found = await store.get(key);
  if (!found) return null;
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of found.body as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}

/**
 * Copies every CV a files row names from one store into another (`npm run files:copy`: the
 * upload folder into a bucket). Each source file is checked against the row's SHA-256 and size
 * before it is put, and streamed, never held whole. Resumable: an object already in the target
 * with the row's size and SHA-256 is left as it is, so a run cut off part way picks up where it
 * stopped and copies nothing twice.
 */
export async function copyFiles(
  database: Database,
  from: FileStore,
  to: FileStore,
  onProgress: (progress: FilesCopyProgress) => void = () => {},
): Promise<FilesCopyReport> {
  const started = performance.now();
  const reader = database.read();
  const total = (await reader.select({ n: count() }).from(files).get())?.n ?? 0;
  const report: FilesCopyReport = { total, copied: 0, present: 0, missing: [], mismatched: [], ms: 0 };
  let done = 0;
  onProgress({ done, total });
  const copyOne = async (row: { storageKey: string; size: number; sha256: string }) => {
    const there = await to.head(row.storageKey);
    if (there && there.size === row.size && there.sha256 === row.sha256) {
      report.present += 1;
      return;
    }
    const source = await sha256Of(from, row.storageKey);
    if (!source) return void report.missing.push(row.storageKey);
    if (source.sha256 !== row.sha256 || source.size !== row.size) return void report.mismatched.push(row.storageKey);
    const body = await from.get(row.storageKey);
    if (!body) return void report.missing.push(row.storageKey);
    await to.put(row.storageKey, { stream: body.body, size: row.size, sha256: row.sha256 });
    report.copied += 1;
  };
  let lastId = 0;
  for (;;) {
    const batch = await reader
      .select({ id: files.id, storageKey: files.storageKey, size: files.size, sha256: files.sha256 })
      .from(files)
      .where(gt(files.id, lastId))
      .orderBy(asc(files.id))
      .limit(BATCH)
      .all();
    if (batch.length === 0) break;
    lastId = batch[batch.length - 1]!.id;
    for (let i = 0; i < batch.length; i += PARALLEL) {
      const group = batch.slice(i, i + PARALLEL);
      await Promise.all(group.map(copyOne));
      done += group.length;
      onProgress({ done, total });
    }
  }
  report.ms = performance.now() - started;
  return report;
}
