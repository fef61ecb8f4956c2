import { mkdirSync } from "node:fs";
import { openDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { seedCloudEngineer } from "@/db/seed";
import type { Env } from "@/lib/env";
import { sweepUploads } from "@/lib/files/sweep";
import { ensureFirstAdmin } from "./first-admin";

/** Everything the data folder needs before the server may take a request. */
export async function prepareData(config: Env, log: (line: string) => void = console.log): Promise<void> {
  mkdirSync(config.UPLOAD_DIR, { recursive: true });
  const database = openDatabase(config.DATABASE_PATH);
  try {
    applyMigrations(database);
    const { created } = seedCloudEngineer(database);
    if (created) log("Seeded the Cloud Engineer job.");
    await ensureFirstAdmin(database, config.ADMIN_EMAIL, log);
    const sweep = await sweepUploads(database, config.UPLOAD_DIR);
    if (sweep.removedTemp || sweep.removedOrphans) {
      log(`Removed ${sweep.removedTemp} unfinished upload(s) and ${sweep.removedOrphans} file(s) no application claims.`);
    }
    if (sweep.missing.length) log(`WARNING: ${sweep.missing.length} stored CV file(s) are missing from ${config.UPLOAD_DIR}.`);
  } finally {
    database.$client.close();
  }
}
