import { setDatabase } from "@/db";
import { configOrExit } from "./config";
import { openMigratedOrExit } from "./database";
import { runRetention } from "@/lib/privacy/retention";

/** `npm run retention` (or `-- --dry-run` to only see what would be anonymised). */
async function main() {
  const config = configOrExit();
  const dryRun = process.argv.includes("--dry-run");
  const database = await openMigratedOrExit(config);
  setDatabase(database);
  try {
    const result = await runRetention({ retentionDays: config.RETENTION_DAYS, dryRun });
    if (result.ranElsewhere) return console.log("Another instance is running retention right now; nothing done.");
    const verb = dryRun ? "Would anonymise" : "Anonymised";
    console.log(
      `${verb} ${result.anonymised.length} application(s) closed before ${result.cutoff.slice(0, 10)} (RETENTION_DAYS=${config.RETENTION_DAYS}).`,
    );
    if (result.anonymised.length) console.log(`Application ids: ${result.anonymised.join(", ")}`);
  } finally {
    await database.close();
  }
}

void main();
