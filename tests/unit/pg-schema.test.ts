import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { blob, check, foreignKey, index, integer, real, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { generateDrizzleJson, generateMigration, type DrizzleSnapshotJSON } from "drizzle-kit/api";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import * as pgSchema from "@/db/schema.pg";
import { PG_SCHEMA_FILE, renderPgSchema } from "@/scripts/db/render-pg-schema";

const MIGRATIONS_PG = path.join(process.cwd(), "db", "migrations-pg");

describe("the generated PostgreSQL schema", () => {
  it("is what scripts/db/pg-schema.ts makes of db/schema.ts now (else: npm run db:pg-schema)", async () => {
    expect(readFileSync(PG_SCHEMA_FILE, "utf8")).toBe(await renderPgSchema(schema));
  });

  it("is where db/migrations-pg/ ends, so drizzle-kit has nothing left to generate (else: npm run db:generate)", async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_PG, "meta", "_journal.json"), "utf8")) as {
      entries: { idx: number }[];
    };
    const last = String(journal.entries.at(-1)!.idx).padStart(4, "0");
    const snapshotFile = path.join(MIGRATIONS_PG, "meta", `${last}_snapshot.json`);
    const previous = JSON.parse(readFileSync(snapshotFile, "utf8")) as DrizzleSnapshotJSON;
    const current = generateDrizzleJson(pgSchema, previous.id);
    expect(await generateMigration(previous, current)).toEqual([]);
  });
});

describe("the generator", () => {
  const parents = sqliteTable("parents", { a: integer("a").notNull(), b: text("b").notNull() }, (t) => [
    unique("parents_a_b_unique").on(t.a, t.b),
  ]);
  const children = sqliteTable(
    "children",
    {
      id: integer("id").primaryKey({ autoIncrement: true }),
      a: integer("a").notNull(),
      b: text("b").notNull(),
      score: real("score").default(0.5),
      code: text("code", { length: 8 }).unique(),
    },
    (t) => [
      foreignKey({ columns: [t.a, t.b], foreignColumns: [parents.a, parents.b] }).onDelete("cascade"),
      index("children_lower_b_idx")
        .on(sql`lower(${t.b})`)
        .where(sql`${t.score} > 0`),
      check("children_score_check", sql`${t.score} between 0 and 1`),
    ],
  );

  it("carries over reals, lengths, unique columns and constraints, composite keys, expression indexes and checks", async () => {
    const out = (await renderPgSchema({ parents, children }, {})).replace(/\s+/g, " ");
    expect(out).toContain(`score: doublePrecision("score").default(0.5)`);
    expect(out).toContain(`code: varchar("code", { length: 8 }).unique("children_code_unique")`);
    expect(out).toContain(`unique("parents_a_b_unique").on(t.a, t.b)`);
    expect(out).toContain(
      `foreignKey({ columns: [t.a, t.b], foreignColumns: [parents.a, parents.b] }).onDelete("cascade")`,
    );
    expect(out).toContain('index("children_lower_b_idx") .on(sql`lower(${t.b})`) .where(sql`${t.score} > 0`)');
    expect(out).toContain('check("children_score_check", sql`${t.score} between 0 and 1`)');
  });

  it("stops, naming the column, at what it cannot map rather than leaving it out", async () => {
    const blobs = sqliteTable("blobs", { data: blob("data") });
    await expect(renderPgSchema({ blobs }, {})).rejects.toThrow(
      "blobs.data: no PostgreSQL mapping for SQLiteBlobBuffer",
    );
    const stamped = sqliteTable("stamped", { at: integer("at").default(sql`(unixepoch())`) });
    await expect(renderPgSchema({ stamped }, {})).rejects.toThrow("stamped.at: no PostgreSQL equivalent known");
    const computed = sqliteTable("computed", { at: integer("at").$defaultFn(() => Date.now()) });
    await expect(renderPgSchema({ computed }, {})).rejects.toThrow("computed.at: $defaultFn");
  });
});
