// Run with tsx by multi-instance.spec.ts: fills the new, migrated PostgreSQL database that
// DATABASE_URL names with what the browser tests expect (the seeded job and the test accounts),
// plus an open job whose "Do you live in the EU?" rejects a "no" (KNOCKOUT_DELAY_HOURS later).
import { PostgresDatabase, setDatabase } from "@/db";
import { createJob, setJobStatus } from "@/lib/jobs/save-job";
import { seedE2e } from "@/scripts/e2e-data";
import { jobData, knockoutQuestion } from "../../helpers/jobs";

const KNOCKOUT_JOB = "knockout-job";

async function main() {
  const database = new PostgresDatabase(process.env.DATABASE_URL!, { max: 1 });
  setDatabase(database);
  try {
    await seedE2e(database);
    const admin = { id: 1, name: "Erika Admin", email: "admin@e2e.test", role: "admin" as const };
    await createJob(admin, jobData({ slug: KNOCKOUT_JOB, questions: [knockoutQuestion()] }));
    await setJobStatus(admin, KNOCKOUT_JOB, "open");
  } finally {
    await database.close();
  }
}

void main();
