import { openConfigured } from "@/db";
import { CvReader } from "@/lib/cv-text/reader";
import { countPendingCvs, indexPendingCvs } from "@/lib/cv-text/index-pending";
import { openFileStore } from "@/lib/files/store";
import { configOrExit } from "./config";
import { progressBar } from "./progress-bar";

/**
 * `npm run cv:index`: reads the text of every CV that has none yet (after an upgrade, or to catch
 * up at once instead of waiting for the server's runner), with a progress bar and a count at the
 * end. The same claims as the runner's, so it can run beside a server: each CV is read once.
 * Any problem is one line on stderr and exit code 1.
 */
async function main() {
  const config = configOrExit();
  const database = openConfigured({ ...config, DATABASE_POOL_SIZE: 2 });
  const reader = new CvReader();
  try {
    const total = await countPendingCvs(database);
    console.log(`Reading the text of ${total.toLocaleString("en")} CV(s)...`);
    const bar = progressBar("CVs");
    const done = { claimed: 0, text: 0, none: 0 };
    const started = performance.now();
    bar({ table: "CVs", copied: 0, total });
    for (;;) {
      const run = await indexPendingCvs(database, openFileStore(config), reader, config.UPLOAD_DIR);
      if (run.claimed === 0) break;
      done.claimed += run.claimed;
      done.text += run.text;
      done.none += run.none;
      bar({ table: "CVs", copied: Math.min(done.claimed, total), total: Math.max(total, done.claimed) });
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${done.claimed.toLocaleString("en")} CV(s): ${done.text.toLocaleString("en")} with text, ` +
        `${done.none.toLocaleString("en")} without (scanned, encrypted or unreadable), in ${seconds.toFixed(1)} s.`,
    );
  } finally {
    await reader.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Reading the CVs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
