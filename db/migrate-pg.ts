import path from "node:path";
import { loadPg } from "./pg-load";

export const PG_MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations-pg");

/** The session-level advisory lock every instance holds while it migrates (a fixed key, "rekry" in hex). */
export const MIGRATION_LOCK = 0x72656b7279;

/**
 * Applies db/migrations-pg/ under the migration lock, on the connection that holds it, so
 * instances starting together take turns: the first applies what is missing, the next find it
 * applied. Without the lock both would create drizzle's bookkeeping schema and read "nothing
 * applied yet" before either committed, then both apply. `whileLocked` runs after the migrations,
 * still under the lock (start-up seeds there, once). Closing the connection releases the lock,
 * whatever happened.
 */
export async function migratePostgres(url: string, whileLocked?: () => Promise<void>): Promise<void> {
  // Loaded here, not at the top: drizzle's node-postgres driver loads node-postgres, which the
  // server on SQLite never needs (see db/pg-load.ts).
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const client = new (loadPg().Client)({ connectionString: url });
  // A connection lost while idle is reported here; the query in flight rejects on its own.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: PG_MIGRATIONS_DIR });
    await whileLocked?.();
  } finally {
    await client.end();
  }
}
