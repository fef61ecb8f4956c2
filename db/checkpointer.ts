import { Worker } from "node:worker_threads";
import type { SqliteDatabase } from "./sqlite";

/**
 * In WAL mode SQLite copies the log back into the database file (a checkpoint) whenever a commit
 * finds the log past 1,000 pages, and that commit waits for it: 50-150 ms on our test machine,
 * charged to whichever request happened to write last. The server instead checkpoints from a
 * worker thread with its own connection, once a second, in PASSIVE mode (never blocking readers
 * or writers), and turns the automatic checkpoint off on the writer connection (the reader never
 * commits, so never checkpoints). Should the worker stop, the automatic checkpoint comes back, so
 * the log can never grow without bound.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
const timer = setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.intervalMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(database: SqliteDatabase, intervalMs = 1000): () => Promise<void> {
  const writer = database.writer.$client;
  const file = writer.name;
  const worker = new Worker(WORKER, { eval: true, workerData: { file, intervalMs } });
  writer.pragma("wal_autocheckpoint = 0");
  let stopping = false;
  const fallBack = (why: string) => {
    if (!writer.open) return;
    writer.pragma("wal_autocheckpoint = 1000");
    if (!stopping) console.error(`The background checkpointer stopped (${why}); commits checkpoint again.`);
  };
  worker.on("error", (e) => fallBack(String(e)));
  worker.on("exit", (code) => fallBack(`exit ${code}`));
  worker.unref();
  return async () => {
    stopping = true;
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    worker.postMessage("stop");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  };
}
