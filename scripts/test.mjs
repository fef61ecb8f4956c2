// `npm test`: every test, on both databases. Vitest on SQLite, then again on PostgreSQL
// (REKRY_TEST_DB=pg: each test file on a new database copied from a migrated template), then the
// browser tests on SQLite (with the two-instance test on PostgreSQL), then their PostgreSQL subset.
//
// PostgreSQL is the server REKRY_TEST_PG_URL names; without one, the throw-away cluster of
// scripts/pg-cluster.sh when this machine has PostgreSQL installed (started here and stopped after).
// With neither, the PostgreSQL parts are skipped and say so, unless REKRY_REQUIRE_PG=1 (as in CI):
// then that is a failure. Prints how long each part took.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
let stopCluster = false;

function cluster(command) {
  return spawnSync("bash", ["scripts/pg-cluster.sh", command], { encoding: "utf8" });
}

if (!env.REKRY_TEST_PG_URL) {
  const wasRunning = cluster("status").status === 0;
  const started = cluster("start");
  if (started.status === 0) {
    env.REKRY_TEST_PG_URL = started.stdout.trim();
    stopCluster = !wasRunning;
  } else if (env.REKRY_REQUIRE_PG === "1") {
    console.error(`REKRY_REQUIRE_PG=1, but there is no PostgreSQL to test on: ${started.stderr.trim()}`);
    process.exit(1);
  } else {
    console.warn(
      "No PostgreSQL here (install postgresql, or set REKRY_TEST_PG_URL): the PostgreSQL parts are skipped.",
    );
  }
}
const onPostgres = Boolean(env.REKRY_TEST_PG_URL);

const parts = [
  ["vitest on SQLite", ["npx", "vitest", "run"], {}],
  ["vitest on PostgreSQL", ["npx", "vitest", "run"], { REKRY_TEST_DB: "pg" }, onPostgres],
  ["browser tests on SQLite", ["npx", "playwright", "test"], {}],
  ["browser tests on PostgreSQL", ["npx", "playwright", "test"], { E2E_DB: "pg" }, onPostgres],
];

const took = [];
let failed;
for (const [name, [command, ...args], extra, when = true] of parts) {
  if (!when) {
    took.push(`${name}: skipped (no PostgreSQL)`);
    continue;
  }
  console.log(`\n=== ${name} ===`);
  const start = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extra } });
  took.push(`${name}: ${Math.round((Date.now() - start) / 1000)} s${run.status === 0 ? "" : " (failed)"}`);
  if (run.status !== 0) {
    failed = name;
    break;
  }
}
if (stopCluster) cluster("stop");
console.log(`\n${took.join("\n")}`);
if (failed) {
  console.error(`${failed} failed.`);
  process.exit(1);
}
