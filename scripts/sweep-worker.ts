import { parentPort, workerData } from "node:worker_threads";
import { openConfigured, type DatabaseSetting } from "@/db";
import { sweepUploads } from "@/lib/files/sweep";

/** What the server hands the worker (scripts/prepare.ts, sweepInBackground). */
export type SweepTask = { database: DatabaseSetting; uploadDir: string; before: number };

/**
 * The start-up upload sweep in a worker thread of its own, with its own connection (WAL lets it
 * read beside the server's on SQLite): its short-lived allocations grow this thread's heap, not the main
 * thread's, and that heap goes away when the thread exits. Built by scripts/compile-server.mjs
 * into dist/sweep-worker.cjs, which holds only the sweep and db/, never Next.
 */
async function main(task: SweepTask) {
  const database = openConfigured(task.database);
  try {
    parentPort!.postMessage(await sweepUploads(database, task.uploadDir, task.before));
  } finally {
    await database.close();
  }
}

// A rejection here becomes the Worker's "error" event in the server, which logs it.
void main(workerData as SweepTask);
