import { migratePostgres } from "../../db/migrate-pg";
import { checkPostgres } from "../../db/pg-check";

/**
 * `npm run db:pg-migrate`: checks the database DATABASE_URL names, then applies db/migrations-pg/
 * under the migration lock. Any problem is one line on stderr and exit code 1.
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the PostgreSQL database to migrate (postgres://user:password@host:5432/rekry).");
    process.exit(1);
  }
  const check = await checkPostgres(url);
  if (!check.ok) {
    console.error(check.problem);
    process.exit(1);
  }
  await migratePostgres(url);
  console.log(`PostgreSQL ${check.version}: the migrations in db/migrations-pg/ are applied.`);
}

main().catch((error: unknown) => {
  console.error(`Migrating PostgreSQL failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
