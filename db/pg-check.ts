import type pg from "pg";
import { loadPg } from "./pg-load";

export const MIN_SERVER_VERSION = 14;

/** `warning`: something Rekry runs with, but worse than it could (said at start-up, not fatal). */
export type PgCheck = { ok: true; version: string; warning?: string } | { ok: false; problem: string };

type Target = { where: string; host: string; user: string; database: string };
type Options = { timeoutMs?: number; minimumVersion?: number };

const EXAMPLE = "postgres://user:password@host:5432/rekry";
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/**
 * Whether Rekry can run on the database DATABASE_URL names: the URL parses, the server answers,
 * accepts the credentials, has the database, is new enough, and lets the user create what the
 * migrations create. Any problem comes back as one line naming it, never as a stack trace, and
 * never with the password.
 */
export async function checkPostgres(url: string, options: Options = {}): Promise<PgCheck> {
  const target = parseTarget(url);
  if (typeof target === "string") return { ok: false, problem: target };
  const timeoutMs = options.timeoutMs ?? 5000;
  const client = new (loadPg().Client)({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    return { ok: false, problem: connectionProblem(error, target, timeoutMs) };
  }
  try {
    const { rows } = await client.query<{ num: number; version: string }>(
      "select current_setting('server_version_num')::int as num, current_setting('server_version') as version",
    );
    const version = rows[0]!.version.split(" ")[0]!;
    const minimum = options.minimumVersion ?? MIN_SERVER_VERSION;
    if (rows[0]!.num < minimum * 10000) {
      return {
        ok: false,
        problem: `PostgreSQL at ${target.where} is version ${version}; Rekry needs ${minimum} or newer`,
      };
    }
    const problem = await privilegeProblem(client, target);
    if (problem) return { ok: false, problem };
    const warning = await ctypeWarning(client, target);
    return warning ? { ok: true, version, warning } : { ok: true, version };
  } catch (error) {
    return { ok: false, problem: `PostgreSQL at ${target.where} failed the start-up check: ${firstLine(error)}` };
  } finally {
    await client.end().catch(() => {});
  }
}

function parseTarget(url: string): Target | string {
  let parsed: URL;
  let database: string;
  let user: string;
  try {
    parsed = new URL(url);
    database = decodeURIComponent(parsed.pathname.slice(1));
    user = decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
  } catch {
    return `DATABASE_URL is not a valid URL; expected the form ${EXAMPLE}`;
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    return `DATABASE_URL must start with postgres:// or postgresql:// (it starts with ${parsed.protocol}); expected ${EXAMPLE}`;
  }
  const host = parsed.hostname || parsed.searchParams.get("host") || "";
  if (!host) return `DATABASE_URL names no host; expected ${EXAMPLE}`;
  if (!database) return `DATABASE_URL names no database (the path after the host); expected ${EXAMPLE}`;
  return { where: `${host}:${parsed.port || "5432"}`, host, user: user || "(the default user)", database };
}

function connectionProblem(error: unknown, target: Target, timeoutMs: number): string {
  const { where, user, database } = target;
  const found = error as { code?: string; errors?: { code?: string }[] };
  const code = found.code ?? found.errors?.[0]?.code;
  const message = firstLine(error);
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: connection refused (is it running and listening there?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_FAIL":
    case "EAI_NONAME":
      return `Cannot reach PostgreSQL at ${where}: the host name ${target.host} does not resolve`;
    case "ETIMEDOUT":
      return `Cannot reach PostgreSQL at ${where}: no answer within ${timeoutMs / 1000} s`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `Cannot reach PostgreSQL at ${where}: no route to the host`;
    case "28P01":
      return `PostgreSQL at ${where} refused the password of user "${user}"`;
    case "28000":
      return `PostgreSQL at ${where} refused user "${user}": ${message}`;
    case "3D000":
      return `PostgreSQL at ${where} has no database "${database}" (create it, for example: createdb -O ${user} ${database})`;
    case "53300":
      return `PostgreSQL at ${where} has no connection slot free (max_connections reached)`;
    case "57P03":
      return `PostgreSQL at ${where} is starting up or shutting down; try again shortly`;
  }
  if (/timeout/i.test(message)) return `Cannot reach PostgreSQL at ${where}: no answer within ${timeoutMs / 1000} s`;
  if (/terminated unexpectedly/.test(message)) {
    return `Cannot connect to PostgreSQL at ${where}: the connection closed before sign-in (a firewall, a TLS requirement, or not PostgreSQL?)`;
  }
  if (/password must be a string/.test(message)) {
    return `PostgreSQL at ${where} asks user "${user}" for a password, and DATABASE_URL gives none`;
  }
  return `Cannot connect to PostgreSQL at ${where}: ${message}`;
}

type Privileges = {
  user: string;
  database: string;
  schema: string | null;
  create_in_database: boolean;
  create_in_schema: boolean | null;
  migrations_schema: boolean;
  use_migrations_schema: boolean | null;
  trgm_installed: boolean;
  trgm_available: boolean;
  unaccent_installed: boolean;
  unaccent_available: boolean;
};

/** What the migrations need: tables in the current schema, and drizzle's schema, pg_trgm and unaccent unless present. */
async function privilegeProblem(client: pg.Client, target: Target): Promise<string | undefined> {
  const { rows } = await client.query<Privileges>(`
    select current_user as user, current_database() as database, current_schema() as schema,
      has_database_privilege(current_database(), 'CREATE') as create_in_database,
      has_schema_privilege(current_schema(), 'CREATE') as create_in_schema,
      exists (select from pg_namespace where nspname = 'drizzle') as migrations_schema,
      (select has_schema_privilege(oid, 'USAGE') and has_schema_privilege(oid, 'CREATE')
        from pg_namespace where nspname = 'drizzle') as use_migrations_schema,
      exists (select from pg_extension where extname = 'pg_trgm') as trgm_installed,
      exists (select from pg_available_extensions where name = 'pg_trgm') as trgm_available,
      exists (select from pg_extension where extname = 'unaccent') as unaccent_installed,
      exists (select from pg_available_extensions where name = 'unaccent') as unaccent_available`);
  const p = rows[0]!;
  const grant = (what: string) => `(its owner can run: GRANT ${what} TO "${p.user}")`;
  if (!p.trgm_installed && !p.trgm_available) {
    return `PostgreSQL at ${target.where} lacks the pg_trgm extension the search needs (it ships with the server's contrib modules)`;
  }
  if (!p.unaccent_installed && !p.unaccent_available) {
    return `PostgreSQL at ${target.where} lacks the unaccent extension the search needs (it ships with the server's contrib modules)`;
  }
  if (!p.schema) return `User "${p.user}" has no schema to create tables in: none on its search_path exists`;
  if (!p.create_in_schema) {
    return `User "${p.user}" may not create tables in schema "${p.schema}" of database "${p.database}" ${grant(`CREATE ON SCHEMA "${p.schema}"`)}`;
  }
  if ((!p.migrations_schema || !p.trgm_installed || !p.unaccent_installed) && !p.create_in_database) {
    return `User "${p.user}" may not create schemas or extensions in database "${p.database}" ${grant(`CREATE ON DATABASE "${p.database}"`)}`;
  }
  if (p.migrations_schema && !p.use_migrations_schema) {
    return `User "${p.user}" may not use schema "drizzle", which lists the applied migrations ${grant(`USAGE, CREATE ON SCHEMA drizzle`)}`;
  }
  return undefined;
}

/**
 * The full-text index folds case as the database's LC_CTYPE says: in C (or POSIX) only for ASCII
 * letters, so "ΓΕΩΡΓΊΟΥ" does not find Γεωργίου (accents on Latin letters still fold, by unaccent).
 */
async function ctypeWarning(client: pg.Client, target: Target): Promise<string | undefined> {
  const { rows } = await client.query<{ ctype: string }>(
    "select datctype as ctype from pg_database where datname = current_database()",
  );
  const ctype = rows[0]?.ctype ?? "";
  if (!/^(C|POSIX)$/i.test(ctype)) return undefined;
  return (
    `PostgreSQL database "${target.database}" has LC_CTYPE ${ctype}: the search index sees only ASCII letters as having case, ` +
    `so searches in other scripts (ΓΕΩΡΓΊΟΥ for Γεωργίου) miss. A database made with ` +
    `createdb --template=template0 --lc-collate=C --lc-ctype=C.UTF-8 indexes them.`
  );
}
