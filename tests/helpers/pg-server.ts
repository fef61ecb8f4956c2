import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migratePostgres, PG_MIGRATIONS_DIR } from "@/db/migrate-pg";
import { checkPostgres } from "@/db/pg-check";

/**
 * The PostgreSQL test server, for vitest and Playwright alike (nothing here imports a test runner;
 * describePg, which needs vitest, is in ./pg).
 */

/** The test cluster (scripts/pg-cluster.sh start prints its URL); unset where there is none. */
export const pgTestUrl = process.env.REKRY_TEST_PG_URL || undefined;

export const TEMPLATE = "rekry_template";
/** Held while the template is built or copied, so parallel test files build it once. */
const TEMPLATE_LOCK = 0x72656b7274;

export type PgTestDatabase = { name: string; url: string; drop: () => Promise<void> };

/** The test server's URL with another database in it. */
export function pgUrlFor(database: string, base = pgTestUrl!): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A connection to the test server (or the given URL), closed after `work`. */
export async function withPgClient<T>(work: (client: pg.Client) => Promise<T>, url = pgTestUrl!): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let serverReady: Promise<void> | undefined;

/**
 * A database of its own for a test file: a copy of the template with the PostgreSQL migrations
 * applied (built once, and again only when db/migrations-pg/ changes), or with `empty`, one with
 * nothing in it. Drop it in afterAll.
 */
export async function createPgDatabase(options: { empty?: boolean } = {}): Promise<PgTestDatabase> {
  serverReady ??= checkPostgres(pgTestUrl!).then((check) => {
    if (!check.ok) throw new Error(`REKRY_TEST_PG_URL: ${check.problem}`);
  });
  await serverReady;
  const name = `rekry_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withPgClient(async (client) => {
    if (options.empty) return void (await client.query(`create database ${name}`));
    // A session-level lock, released when this connection closes.
    await client.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    await dropLeftovers(client);
    await ensureTemplate(client);
    await client.query(`create database ${name} template ${TEMPLATE}`);
  });
  const drop = () =>
    withPgClient((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {});
  return { name, url: pgUrlFor(name), drop };
}

/** What the template was built from: every migration and the journal. */
function migrationsStamp(): string {
  const hash = createHash("sha256");
  const files = readdirSync(PG_MIGRATIONS_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".sql") || file.endsWith("_journal.json"))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(PG_MIGRATIONS_DIR, file)));
  return `rekry test template, migrations ${hash.digest("hex").slice(0, 16)}`;
}

async function ensureTemplate(client: pg.Client): Promise<void> {
  const stamp = migrationsStamp();
  const { rows } = await client.query<{ stamp: string | null }>(
    "select shobj_description(oid, 'pg_database') as stamp from pg_database where datname = $1",
    [TEMPLATE],
  );
  if (rows[0]?.stamp === stamp) return;
  await client.query(`drop database if exists ${TEMPLATE} with (force)`);
  await client.query(`create database ${TEMPLATE}`);
  await migratePostgres(pgUrlFor(TEMPLATE));
  await client.query(`comment on database ${TEMPLATE} is '${stamp}'`);
}

/** Databases of test runs that ended without dropping them (a crash, a kill): the cluster is in memory. */
async function dropLeftovers(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    "select datname from pg_database where datname like 'rekry\\_test\\_%'",
  );
  for (const { datname } of rows) {
    const pid = Number(datname.split("_")[2]);
    if (pid && !alive(pid)) await client.query(`drop database if exists ${datname} with (force)`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
