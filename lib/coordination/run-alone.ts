import type { Database, Tx } from "@/db";

/** The periodic jobs that one instance at a time may run. */
export type SoloJob = "knockouts" | "retention" | "scheduling" | "consent-renewal";

/**
 * Runs `fn` in one write transaction that holds the job's lock (the dialect's `tryLock`: a
 * transaction-level advisory lock on PostgreSQL, released at commit or rollback; always held on
 * SQLite, whose one writer runs a transaction at a time anyway). When another instance holds it,
 * nothing runs and the answer is null: that instance is doing the work.
 */
export async function runAlone<T>(database: Database, job: SoloJob, fn: (tx: Tx) => Promise<T>): Promise<T | null> {
  return database.write(async (tx) => {
    const row = await tx.get<{ locked: unknown } | undefined>(database.dialect.tryLock(job));
    // PostgreSQL answers a boolean, SQLite 1.
    if (!row?.locked) return null;
    return fn(tx);
  });
}
