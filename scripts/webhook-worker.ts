import { workerData } from "node:worker_threads";
import { openConfigured, type DatabaseSetting } from "@/db";
import { deliverWebhooks, nextRunAfter } from "@/lib/webhooks/deliver";
import { lowerThreadPriority, WEBHOOK_NICE } from "@/lib/threads/lower-priority.mjs";

/** What the server hands the worker (scripts/webhook-runner.ts). */
export type WebhookTask = { database: DatabaseSetting; idleMs: number; tickMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The webhook runner in a worker thread of its own, with its own connection to the database: the
 * signing, the requests to the receivers and the writing of their outcomes run beside the
 * server's event loop, not in it, so a recruiter's move does not wait behind a batch of sends.
 * It goes on as the main thread's runner did (at once after a full batch, GATHER_MS after part
 * of one, every tick otherwise) and ends once it has found nothing to send for `idleMs`; the
 * server starts it again when something is due. Built by scripts/compile-server.mjs into
 * dist/webhook-worker.cjs, which holds the runner and db/, never Next.
 */
async function main(task: WebhookTask) {
  // The deliveries give way to the server's own threads (elsewhere than Linux: the same priority).
  lowerThreadPriority(WEBHOOK_NICE);
  // Two connections on PostgreSQL: its statements come one after another, and a claim may overlap a
  // write of outcomes.
  const database = openConfigured({ ...task.database, DATABASE_POOL_SIZE: 2 });
  let busySince = Date.now();
  try {
    for (;;) {
      let after: number | null = null;
      try {
        after = nextRunAfter(await deliverWebhooks(database));
      } catch (e) {
        console.error("Webhook delivery failed:", e);
      }
      if (after !== null) {
        busySince = Date.now();
        if (after > 0) await sleep(after);
        continue;
      }
      if (Date.now() - busySince >= task.idleMs) return;
      await sleep(task.tickMs);
    }
  } finally {
    await database.close();
  }
}

// A rejection here becomes the Worker's "error" event in the server, which logs it.
void main(workerData as WebhookTask);
