import { parseArgs } from "node:util";
import { copySqliteToPostgres, CopyError } from "@/db/copy";
import { configOrExit } from "./config";
import { progressBar } from "./progress-bar";

/**
 * `npm run db:copy -- --to postgres://…`: copies the stopped SQLite installation at DATABASE_PATH
 * (or `--from FILE`) into an empty PostgreSQL database (db/copy.ts), with a progress bar and a
 * count per table at the end. Any problem is one line on stderr and exit code 1; a copy that
 * fails leaves the target empty.
 */
async function main() {
  const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" } } });
  const config = configOrExit();
  const to = values.to ?? config.DATABASE_URL;
  if (!to)
    fail("Name the PostgreSQL database to copy into: npm run db:copy -- --to postgres://user:pass@host:5432/rekry");
  const from = values.from ?? config.DATABASE_PATH;
  console.log(`Copying ${from} into PostgreSQL...`);
  const report = await copySqliteToPostgres(from, to, progressBar("rows"));
  const width = Math.max(...report.tables.map((t) => t.table.length));
  for (const { table, rows } of report.tables) console.log(`  ${table.padEnd(width)}  ${rows.toLocaleString("en")}`);
  const total = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Copied ${total.toLocaleString("en")} rows in ${report.tables.length} tables in ${(report.ms / 1000).toFixed(1)} s; the report facts and the search index match a rebuild. Start Rekry with DATABASE_URL set to the new database.`,
  );
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

main().catch((error: unknown) =>
  fail(
    error instanceof CopyError
      ? error.message
      : `The copy failed: ${error instanceof Error ? error.message : String(error)}`,
  ),
);
