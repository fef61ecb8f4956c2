import path from "node:path";
import { openDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { seedCloudEngineer } from "./seed/cloud-engineer";
import { seedDemo } from "./seed/demo";
import { userCount } from "@/lib/users/store";
import { startInChild } from "./start-command";

/**
 * `npm run demo`: the app on its own data folder (data/demo) with demo users and ~40 applications,
 * served exactly as `npm start` serves it (the compiled bundle, whose upload sweep runs in a worker
 * built beside it), in a process of its own.
 */
async function main() {
  process.env.DATABASE_PATH ||= path.resolve("data", "demo", "rekry.db");
  process.env.UPLOAD_DIR ||= path.resolve("data", "demo", "uploads");
  const database = openDatabase(process.env.DATABASE_PATH);
  try {
    applyMigrations(database);
    await seedCloudEngineer(database);
    if ((await userCount(database)) === 0) {
      await seedDemo(database, process.env.UPLOAD_DIR);
      console.log("Demo data created: see the README for the demo accounts.");
    }
  } finally {
    await database.close();
  }
  startInChild();
}

void main();
