import { openConfigured } from "@/db";
import { copyFiles } from "@/lib/files/copy";
import { diskStore } from "@/lib/files/disk-store";
import { openFileStore } from "@/lib/files/store";
import { configOrExit } from "./config";
import { progressBar } from "./progress-bar";

/**
 * `npm run files:copy`: copies the CVs in UPLOAD_DIR into the bucket the S3_* settings name
 * (lib/files/copy.ts), each checked against its files row's SHA-256, with a progress bar and a
 * count at the end. Run it again after an interruption: what arrived whole is skipped. Any
 * problem is one line on stderr and exit code 1.
 */
async function main() {
  const config = configOrExit();
  if (!config.S3_BUCKET) {
    fail(
      "files:copy copies UPLOAD_DIR into a bucket: set S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (S3_REGION and S3_PREFIX if needed) first.",
    );
  }
  const target = openFileStore(config);
  const problem = await target.check();
  if (problem) fail(problem);
  const database = openConfigured({ ...config, DATABASE_POOL_SIZE: 2 });
  try {
    console.log(`Copying the CVs in ${config.UPLOAD_DIR} into ${target.where}...`);
    const bar = progressBar("CVs");
    const report = await copyFiles(database, diskStore(config.UPLOAD_DIR), target, ({ done, total }) =>
      bar({ table: "CVs", copied: done, total }),
    );
    console.log(
      `${report.total.toLocaleString("en")} CVs: ${report.copied.toLocaleString("en")} copied, ` +
        `${report.present.toLocaleString("en")} already there, ${report.missing.length} missing from ${config.UPLOAD_DIR}, ` +
        `${report.mismatched.length} not matching their SHA-256, in ${(report.ms / 1000).toFixed(1)} s.`,
    );
    for (const key of report.missing) console.error(`  missing: ${key}`);
    for (const key of report.mismatched) console.error(`  SHA-256 differs, not copied: ${key}`);
    if (report.missing.length || report.mismatched.length) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

main().catch((error: unknown) => fail(`The copy failed: ${error instanceof Error ? error.message : String(error)}`));
