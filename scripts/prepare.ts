import { mkdirSync } from "node:fs";
import { openDatabase, type Db } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { seedCloudEngineer } from "./seed/cloud-engineer";
import type { Env } from "@/lib/env";
import { sweepUploads } from "@/lib/files/sweep";
import { ensureFirstAdmin } from "./first-admin";

/** Everything the data folder needs before the server may take a request (the upload sweep is not: see sweepInBackground). */
export async function prepareData(config: Env, log: (line: string) => void = console.log): Promise<void> {
  mkdirSync(config.UPLOAD_DIR, { recursive: true });
  const database = openDatabase(config.DATABASE_PATH);
  try {
    applyMigrations(database);
    const { created } = seedCloudEngineer(database);
    if (created) log("Seeded the Cloud Engineer job.");
    await ensureFirstAdmin(database, config.ADMIN_EMAIL, log);
  } finally {
    database.$client.close();
  }
}

/**
 * The upload folder's clean-up, once the server is listening: only files written before `startedAt`
 * are touched, so uploads arriving meanwhile are safe, and start-up does not wait for a walk over
 * every stored CV.
 */
export function sweepInBackground(
  database: Db,
  config: Env,
  startedAt: number,
  log: (line: string) => void = console.log,
): Promise<void> {
  return sweepUploads(database, config.UPLOAD_DIR, startedAt)
    .then((sweep) => {
      if (sweep.removedTemp || sweep.removedOrphans) {
        log(
          `Removed ${sweep.removedTemp} unfinished upload(s) and ${sweep.removedOrphans} file(s) no application claims.`,
        );
      }
      if (sweep.missing.length)
        log(`WARNING: ${sweep.missing.length} stored CV file(s) are missing from ${config.UPLOAD_DIR}.`);
    })
    .catch((e) => console.error("The upload folder sweep failed:", e));
}
