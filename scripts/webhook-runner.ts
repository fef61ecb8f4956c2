import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Database, DatabaseSetting } from "@/db";
import { anyDeliveryDue } from "@/lib/webhooks/claim";
import type { WebhookTask } from "./webhook-worker";

/**
 * The worker's bundle, built beside the server's (scripts/compile-server.mjs). Inside that bundle
 * this file's folder is dist/; run from source it is scripts/: "../dist" names dist/ from both.
 */
const WEBHOOK_WORKER = path.join(__dirname, "..", "dist", "webhook-worker.cjs");

export type WebhookRunner = {
  /** Starts the worker when a delivery is due and none runs; the server calls it every second. */
  tick(): Promise<void>;
  /** Whether the worker thread runs now. */
  running(): boolean;
  /** Ends the worker (at shutdown); settles once the thread has exited. */
  stop(): Promise<void>;
};

/**
 * The server's side of the webhook runner (scripts/webhook-worker.ts): the thread starts when a
 * delivery is due (one indexed read a second on the main thread while it is not running) and
 * ends after `idleMs` with nothing to send, so an installation without endpoints never carries
 * its memory.
 */
export function webhookRunner(
  database: Database,
  setting: DatabaseSetting,
  {
    idleMs = 60_000,
    tickMs = 1000,
    file = WEBHOOK_WORKER,
  }: { idleMs?: number; tickMs?: number; /** The worker's script (tests) */ file?: string } = {},
): WebhookRunner {
  let worker: Worker | null = null;
  let checking = false;
  /** After a thread that failed (its error is logged), the next starts a minute later at the earliest. */
  let restingUntil = 0;
  return {
    async tick() {
      if (worker || checking || Date.now() < restingUntil) return;
      checking = true;
      try {
        if (!(await anyDeliveryDue(database, new Date()))) return;
      } finally {
        checking = false;
      }
      if (worker) return;
      const task: WebhookTask = { database: setting, idleMs, tickMs };
      const started = new Worker(file, { workerData: task });
      started.unref();
      started.once("error", (e) => {
        restingUntil = Date.now() + 60_000;
        console.error("The webhook runner failed; it starts again in a minute:", e);
      });
      started.once("exit", () => {
        if (worker === started) worker = null;
      });
      worker = started;
    },
    running: () => worker !== null,
    async stop() {
      const ending = worker;
      worker = null;
      if (ending) await ending.terminate();
    },
  };
}
