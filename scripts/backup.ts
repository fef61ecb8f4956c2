import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import { configOrExit } from "./config";
import { openFileStore } from "@/lib/files/store";

/**
 * `npm run backup -- FILE`: copies the live database with SQLite's online backup API, which is
 * safe while the server keeps writing, then checks the copy with PRAGMA integrity_check.
 */
async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error("Usage: npm run backup -- FILE");
    process.exit(1);
  }
  const config = configOrExit();
  if (config.DATABASE_URL) {
    // The online backup below is SQLite's; PostgreSQL has its own tools for a consistent copy.
    console.error(
      "On PostgreSQL, back up with pg_dump, which takes a consistent copy while Rekry keeps running:\n" +
        `  pg_dump --format=custom --file=${JSON.stringify(path.resolve(target))} "$DATABASE_URL"\n` +
        'Restore it into an empty database with: pg_restore --no-owner --dbname="$DATABASE_URL" FILE',
    );
    process.exit(1);
  }
  if (!existsSync(config.DATABASE_PATH)) {
    console.error(`No database at ${config.DATABASE_PATH}.`);
    process.exit(1);
  }
  const out = path.resolve(target);
  if (existsSync(out)) {
    console.error(`${out} exists already; choose a new file name.`);
    process.exit(1);
  }
  const live = new Database(config.DATABASE_PATH, { fileMustExist: true });
  live.pragma("busy_timeout = 5000");
  try {
    await live.backup(out);
  } finally {
    live.close();
  }
  const copy = new Database(out, { readonly: true, fileMustExist: true });
  const check = copy.pragma("integrity_check", { simple: true });
  const applications = (copy.prepare("select count(*) as n from applications").get() as { n: number }).n;
  copy.close();
  if (check !== "ok") {
    console.error(`The copy at ${out} failed its integrity check: ${String(check)}`);
    process.exit(1);
  }
  console.log(`Backed up ${config.DATABASE_PATH} to ${out} (${applications} applications); integrity check: ok.`);
  console.log(
    config.S3_BUCKET
      ? `CV files live in ${openFileStore(config).where}; back that bucket up with the storage's own tools.`
      : `CV files live in ${config.UPLOAD_DIR}; copy that folder too (for example with rsync).`,
  );
}

void main();
