import { writeFileSync } from "node:fs";
import path from "node:path";
import * as schema from "../../db/schema";
import { PG_SCHEMA_FILE, renderPgSchema } from "./render-pg-schema";

/** `npm run db:pg-schema`: writes db/schema.pg.ts from db/schema.ts. */
async function main() {
  writeFileSync(PG_SCHEMA_FILE, await renderPgSchema(schema));
  console.log(`Wrote ${path.relative(process.cwd(), PG_SCHEMA_FILE)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
