import { type Database } from "@/db";
import { bySystem } from "@/lib/events/record";
import { insertUser } from "@/lib/users/store";
import { seedCloudEngineer } from "./seed/cloud-engineer";

/** Browser-test accounts, created on the throw-away e2e databases only (tests/e2e/users.ts). */
export const E2E_USERS = [
  { name: "Erika Admin", email: "admin@e2e.test", role: "admin", password: "e2e-admin-password" },
  { name: "Rasmus Recruiter", email: "recruiter@e2e.test", role: "recruiter", password: "e2e-recruiter-password" },
  { name: "Hanna Manager", email: "manager@e2e.test", role: "hiring_manager", password: "e2e-manager-password" },
  { name: "Lotta Locked", email: "lockout@e2e.test", role: "recruiter", password: "e2e-lockout-password" },
] as const;

/** The seeded job and the browser-test accounts, on a migrated, empty database. */
export async function seedE2e(database: Database): Promise<void> {
  await seedCloudEngineer(database);
  for (const user of E2E_USERS) await insertUser(database, { ...user }, bySystem("cli:e2e-server"));
}
