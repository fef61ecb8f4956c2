import { parentPort, workerData } from "node:worker_threads";
import { openConfigured, type DatabaseSetting } from "@/db";
import { openFileStore, type FileStoreSetting } from "@/lib/files/store";
import { sweepUploads, type SweepReport } from "@/lib/files/sweep";

/** What the server hands the worker (scripts/prepare.ts, sweepInBackground). */
export type SweepTask = { database: DatabaseSetting; files: FileStoreSetting; before: number };

/** The worker's answer: what it did, or that another instance was sweeping the folder. */
export type SweepOutcome = SweepReport | { skipped: true };

/**
 * The start-up upload sweep in a worker thread of its own, with its own connection (WAL lets it
 * read beside the server's on SQLite): its short-lived allocations grow this thread's heap, not the main
 * thread's, and that heap goes away when the thread exits. Built by scripts/compile-server.mjs
 * into dist/sweep-worker.cjs, which holds only the sweep and db/, never Next. Instances sharing
 * one PostgreSQL database (and so one upload folder or bucket) take turns: one sweeps, the others skip.
 */
async function main(task: SweepTask) {
  // Two connections on PostgreSQL: one holds the sweep's lock while the other reads.
  const database = openConfigured({ ...task.database, DATABASE_POOL_SIZE: 2 });
  try {
    const report = await database.alone("upload-sweep", () =>
      sweepUploads(database, openFileStore(task.files), task.files.UPLOAD_DIR, task.before),
    );
    parentPort!.postMessage((report ?? { skipped: true }) satisfies SweepOutcome);
  } finally {
    await database.close();
  }
}

// A rejection here becomes the Worker's "error" event in the server, which logs it.
void main(workerData as SweepTask);
