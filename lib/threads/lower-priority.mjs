// Plain JavaScript on purpose: the CV reader's worker (lib/cv-text/extract-worker.mjs) loads it as
// is, and the webhook runner's worker bundle (scripts/webhook-worker.ts) takes it in.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";

/** The nice value of the webhook runner's thread. */
export const BACKGROUND_NICE = 10;
/**
 * The CV reader's: it must keep up with an intake (at least 20 CVs a second beside the bench's,
 * which at 10 it read at 16.7 to 20.9 and at 5 at 20.0 to 23.8 a second, the intake's p99 moving
 * by -19 to +13 % either way; README: "Searching CVs").
 */
export const READER_NICE = 5;

/**
 * Lowers the calling thread's scheduling priority, so its work gives way to the server's requests
 * and the database's on a busy machine and takes the time they leave. On Linux a nice value is a
 * thread's own, and the thread's id is the last part of /proc/thread-self; elsewhere (or where it
 * is not allowed) nothing changes. Answers whether it did.
 */
export function lowerThreadPriority(nice = BACKGROUND_NICE) {
  try {
    setPriority(Number(path.basename(readlinkSync("/proc/thread-self"))), nice);
    return true;
  } catch {
    return false;
  }
}
