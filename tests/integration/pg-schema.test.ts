import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as schema from "@/db/schema.pg";
import { createPgDatabase, describePg, withPgClient, type PgTestDatabase } from "../helpers/pg";

const { applicationSearch, applications, candidates, jobs, stages, users } = schema;
const localized = { en: "Applied", sv: "Ansökt" };

describePg("the generated schema on PostgreSQL", () => {
  let database: PgTestDatabase;
  let pool: pg.Pool;
  let db: NodePgDatabase<typeof schema>;
  beforeAll(async () => {
    database = await createPgDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    db = drizzle(pool, { schema });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it("keeps timestamps as epoch milliseconds read as Dates, booleans as booleans and JSON as jsonb", async () => {
    const before = Date.now();
    const [user] = await db
      .insert(users)
      .values({
        name: "Ada",
        email: "ada@example.org",
        emailKey: "ada@example.org",
        role: "admin",
        passwordHash: "-",
        updatedAt: new Date(1_700_000_000_123),
      })
      .returning();
    expect(user!.active).toBe(true);
    expect(user!.updatedAt).toEqual(new Date(1_700_000_000_123));
    expect(user!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(user!.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1);
    const content = {
      title: "Cloud Engineer",
      team: "Platform",
      summary: "",
      body: "",
      processNote: "",
      startNote: "",
    };
    const [job] = await db
      .insert(jobs)
      .values({
        slug: "cloud-engineer",
        content: { en: content, sv: content },
        location: { applicantCountries: ["SE"], remote: true, offices: [] },
        datePosted: "2026-01-01",
        updatedAt: new Date(),
      })
      .returning();
    expect(job!.content.en.title).toBe("Cloud Engineer");
    const raw = await pool.query(
      "select pg_typeof(u.updated_at)::text as stamp, u.updated_at::text as millis, jsonb_typeof(j.location) as json from users u, jobs j",
    );
    expect(raw.rows).toEqual([{ stamp: "bigint", millis: "1700000000123", json: "object" }]);
  });

  it("holds a search body longer than a b-tree entry, and finds words in it through the full-text index (migration 0009)", async () => {
    const [job] = await db.select().from(jobs);
    const [stage] = await db
      .insert(stages)
      .values({
        jobId: job!.id,
        key: "applied",
        position: 0,
        staffName: "Applied",
        name: localized,
        description: localized,
        typicalDays: 3,
      })
      .returning();
    const [candidate] = await db
      .insert(candidates)
      .values({ fullName: "Mei Chen", email: "mei@example.org", emailKey: "mei@example.org", country: "SE" })
      .returning();
    const [application] = await db
      .insert(applications)
      .values({
        jobId: job!.id,
        candidateId: candidate!.id,
        stageId: stage!.id,
        locale: "en",
        statusTokenHash: "-",
        stageEnteredAt: new Date(),
        updatedAt: new Date(),
      })
      .returning();
    const body = `mei chen\nmei@example.org\n${randomBytes(10_000).toString("hex")}\nnotice period: certain it is one month`;
    // The search triggers (migration 0002) copy the candidate's folded text into the index.
    await db.update(candidates).set({ searchText: body }).where(eq(candidates.id, candidate!.id));
    const [indexed] = await db
      .select()
      .from(applicationSearch)
      .where(eq(applicationSearch.applicationId, application!.id));
    expect(indexed?.body).toBe(body);

    const query =
      "select application_id from application_fts where document @@ (to_tsquery('rekry_en', 'period:*') && to_tsquery('rekry_en', 'certain:*'))";
    const { plan, found } = await withPgClient(async (client) => {
      await client.query("set enable_seqscan = off");
      const explained = await client.query<{ "QUERY PLAN": string }>(`explain ${query}`);
      return { plan: explained.rows.map((r) => r["QUERY PLAN"]).join("\n"), found: (await client.query(query)).rows };
    }, database.url);
    expect(plan).toContain("application_fts_document_idx");
    expect(found).toEqual([{ application_id: String(application!.id) }]);
  });
});
