// Plain JavaScript on purpose: the CV reader's worker (lib/cv-text/extract-worker.mjs) loads it as
// is, and the webhook runner's worker bundle (scripts/webhook-worker.ts) takes it in.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";

/** The nice value of the webhook runner's thread. */
export const WEBHOOK_NICE = 10;
/**
 * The CV reader's: it must keep up with an intake (at least 20 CVs a second beside the bench's
 * saturating one, with the intake's p99 moved by at most 20 %). Beside it the reader read 16.7 to
 * 20.9 CVs a second at 10, 18.3 at 5 and 20.7 (SQLite) and 20.2 (PostgreSQL) at 3, the p99 moving
 * by +19.6 and +1.2 % at 3 (README: "The CV reader beside the intake").
 */
export const READER_NICE = 3;

/**
 * Lowers the calling thread's scheduling priority to `nice`, so its work gives way to the server's requests
 * and the database's on a busy machine and takes the time they leave. On Linux a nice value is a
 * thread's own, and the thread's id is the last part of /proc/thread-self; elsewhere (or where it
 * is not allowed) nothing changes. Answers whether it did.
 */
export function lowerThreadPriority(nice) {
  try {
    setPriority(Number(path.basename(readlinkSync("/proc/thread-self"))), nice);
    return true;
  } catch {
    return false;
  }
}
