import { rmSync } from "node:fs";
import { bySystem } from "@/lib/events/record";
import path from "node:path";
import { openDatabase } from "@/db";
import { applyMigrations } from "@/db/migrate";
import { seedCloudEngineer } from "./seed/cloud-engineer";
import { insertUser } from "@/lib/users/store";
import { startInChild } from "./start-command";

/** Browser-test accounts, created on the throw-away e2e database only. */
export const E2E_USERS = [
  { name: "Erika Admin", email: "admin@e2e.test", role: "admin", password: "e2e-admin-password" },
  { name: "Rasmus Recruiter", email: "recruiter@e2e.test", role: "recruiter", password: "e2e-recruiter-password" },
  { name: "Hanna Manager", email: "manager@e2e.test", role: "hiring_manager", password: "e2e-manager-password" },
  { name: "Lotta Locked", email: "lockout@e2e.test", role: "recruiter", password: "e2e-lockout-password" },
] as const;

/**
 * Starts the app for browser tests on a data folder that is new for every run: the accounts are
 * made here, then the server starts exactly as `npm start` starts it, in a process of its own.
 */
async function main() {
  const dir = path.resolve(".tmp", "e2e");
  rmSync(dir, { recursive: true, force: true });
  process.env.DATABASE_PATH = path.join(dir, "rekry.db");
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  process.env.APPLY_RATE_LIMIT ??= "1000";
  const database = openDatabase(process.env.DATABASE_PATH);
  applyMigrations(database);
  await seedCloudEngineer(database);
  for (const user of E2E_USERS) await insertUser(database, { ...user }, bySystem("cli:e2e-server"));
  await database.close();
  startInChild();
}

void main();
