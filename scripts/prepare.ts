import { mkdirSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { openDatabase, PostgresDatabase, type Database } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { migratePostgres } from "@/db/migrate-pg";
import { checkPostgres } from "@/db/pg-check";
import { seedCloudEngineer } from "./seed/cloud-engineer";
import type { Env } from "@/lib/env";
import type { SweepOutcome, SweepTask } from "./sweep-worker";
import { ensureFirstAdmin } from "./first-admin";
import { fileStoreSetting, openFileStore, type FileStoreSetting } from "@/lib/files/store";

/** A reason start-up cannot go on, said in one line (no stack trace). */
export class StartupError extends Error {}

/**
 * Everything the data needs before the server may take a request (the upload sweep is not: see
 * sweepInBackground): the migrations, the seeded job and the first admin. On PostgreSQL the
 * server is checked first, and the rest runs under the migration lock, so instances starting
 * together take turns and seed once.
 */
export async function prepareData(config: Env, log: (line: string) => void = console.log): Promise<void> {
  // Uploads are spooled in UPLOAD_DIR whichever store keeps the CVs.
  mkdirSync(config.UPLOAD_DIR, { recursive: true });
  const storeProblem = await openFileStore(config).check();
  if (storeProblem) throw new StartupError(storeProblem);
  const url = config.DATABASE_URL;
  if (url) {
    const check = await checkPostgres(url);
    if (!check.ok) throw new StartupError(check.problem);
    if (check.warning) log(`Warning: ${check.warning}`);
    const database = new PostgresDatabase(url, { max: 1 });
    try {
      await migratePostgres(url, () => seed(database, config, log));
    } catch (error) {
      throw new StartupError(`Preparing the PostgreSQL database failed: ${firstLine(error)}`);
    } finally {
      await database.close();
    }
    return;
  }
  const database = openDatabase(config.DATABASE_PATH);
  try {
    applyMigrations(database);
    await seed(database, config, log);
  } finally {
    await database.close();
  }
}

async function seed(database: Database, config: Env, log: (line: string) => void): Promise<void> {
  const { created } = await seedCloudEngineer(database);
  if (created) log("Seeded the Cloud Engineer job.");
  await ensureFirstAdmin(database, config.ADMIN_EMAIL, log);
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

/**
 * The worker's bundle, built beside the server's (scripts/compile-server.mjs). Inside that bundle
 * this file's folder is dist/; run from source it is scripts/: "../dist" names dist/ from both.
 */
const SWEEP_WORKER = path.join(__dirname, "..", "dist", "sweep-worker.cjs");

/** Runs scripts/sweep-worker.ts in a worker thread; settles once the thread, and its heap, are gone. */
function sweepInWorker(task: SweepTask): Promise<SweepOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SWEEP_WORKER, { workerData: task });
    let report: SweepOutcome | undefined;
    worker.once("message", (sent: SweepOutcome) => (report = sent));
    worker.once("error", reject);
    worker.once("exit", (code) =>
      report ? resolve(report) : reject(new Error(`The sweep worker exited with code ${code} before it reported.`)),
    );
  });
}

/**
 * How old a file must be before a sweep beside other instances may take it for left over: an
 * upload in flight on another instance, started before this one, is written well within it.
 */
export const IN_FLIGHT_GRACE_MS = 60 * 60 * 1000;

/**
 * The upload folder's clean-up, once the server is listening: only files written before `startedAt`
 * are touched, so uploads arriving meanwhile are safe, and start-up does not wait for a walk over
 * every stored CV. It runs in a worker thread (scripts/sweep-worker.ts): on the main thread its
 * allocations grew V8's young generation to full size, and that memory stayed resident.
 * On PostgreSQL other instances may share the folder and be mid-upload since before this one
 * started: there the sweep takes only files older than IN_FLIGHT_GRACE_MS, and one instance at a
 * time sweeps (the others skip).
 */
export function sweepInBackground(
  config: Pick<Env, "DATABASE_PATH" | "DATABASE_URL"> & FileStoreSetting,
  startedAt: number,
  log: (line: string) => void = console.log,
): Promise<void> {
  const { DATABASE_PATH, DATABASE_URL } = config;
  const files = fileStoreSetting(config);
  const where = openFileStore(files).where;
  return sweepInWorker({
    database: { DATABASE_PATH, DATABASE_URL },
    files,
    before: DATABASE_URL ? Math.min(startedAt, Date.now() - IN_FLIGHT_GRACE_MS) : startedAt,
  })
    .then((sweep) => {
      if ("skipped" in sweep) return log("Another instance is sweeping the upload folder; this one leaves it.");
      if (sweep.removedTemp || sweep.removedOrphans) {
        log(
          `Removed ${sweep.removedTemp} unfinished upload(s) and ${sweep.removedOrphans} file(s) no application claims.`,
        );
      }
      if (sweep.missing.length) log(`WARNING: ${sweep.missing.length} stored CV file(s) are missing from ${where}.`);
    })
    .catch((e) => console.error("The upload folder sweep failed:", e));
}
