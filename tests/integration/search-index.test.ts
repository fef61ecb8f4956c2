import { byCandidate } from "@/lib/events/record";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationSearch, applications, jobs } from "@/db/schema";
import { MIGRATIONS_DIR } from "@/db/migrate";
import { getBoard, listApplications } from "@/lib/applications/board";
import { addNote, editNote } from "@/lib/applications/notes";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

/**
 * The board's search reads the full-text index over application_search, which the triggers of
 * migration 0008 keep from the candidates' and notes' folded text (CV text: cv-search.test.ts). These tests change that text through the app's own
 * commands and search the way the board and the staff API do.
 */
let t: TestData;
let recruiter: Actor;
const ids = { zoe: 0, liam: 0, mei: 0 };

async function newApplication(fullName: string, email: string): Promise<number> {
  const res = await apply({ ...validFields(), fullName, email });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}
const found = async (q: string) =>
  (await listApplications(recruiter, "cloud-engineer", { q })).items.map((c) => c.id).sort((a, b) => a - b);

beforeAll(async () => {
  t = await createTestData();
  recruiter = await addUser(t.db, "recruiter");
  ids.zoe = await newApplication("Zoë Ångström", "zoe@example.org");
  ids.liam = await newApplication("Liam O'Connor", "liam@example.net");
  await addNote(recruiter, ids.liam, "Notice period: 100% certain it is one month; pay_grade 7");
  ids.mei = await newApplication("Mei Chen", "mei@example.org");
}, 30_000);
afterAll(() => t.cleanup());

describe("searching a job's applications", () => {
  it("finds names and emails without caring about case or diacritics", async () => {
    expect(await found("zoe angstrom")).toEqual([ids.zoe]);
    expect(await found("ÅNGSTRÖM")).toEqual([ids.zoe]);
    expect(await found("example.org")).toEqual([ids.zoe, ids.mei].sort((a, b) => a - b));
    expect(await found("nobody-like-this")).toEqual([]);
  });

  it("takes only letters and digits from the query: punctuation separates words, and alone filters nothing", async () => {
    expect(await found("100%")).toEqual([ids.liam]);
    expect(await found("pay_grade")).toEqual([ids.liam]);
    expect(await found("pay grade")).toEqual([ids.liam]);
    expect((await found("%")).length).toBe(3);
  });

  it("finds a note's words from the moment it is written, and follows an edit", async () => {
    expect(await found("kubevirt")).toEqual([]);
    const note = await addNote(recruiter, ids.mei, "Ran KubeVirt in production for two years");
    expect(await found("kubevirt")).toEqual([ids.mei]);
    await editNote(recruiter, note.id, "Ran OpenStack in production for two years");
    expect(await found("kubevirt")).toEqual([]);
    expect(await found("openstack")).toEqual([ids.mei]);
    // The candidate's own text is still found next to the note's.
    expect(await found("mei chen")).toEqual([ids.mei]);
  });

  it("needs every word of the query, wherever each one is: name, email or a note", async () => {
    await addNote(recruiter, ids.zoe, "strong terraform skills");
    expect(await found("example.org strong")).toEqual([ids.zoe]);
    expect(await found("strong terraform")).toEqual([ids.zoe]);
    expect(await found("strong kubevirt")).toEqual([]);
  });

  it("counts only the matches on the board, column by column", async () => {
    const board = await getBoard(recruiter, "cloud-engineer", { q: "example.org" });
    const applied = board.stages.find((s) => s.key === "applied")!;
    expect(applied.count).toBe(2);
    expect(applied.cards.map((c) => c.id).sort((a, b) => a - b)).toEqual([ids.zoe, ids.mei].sort((a, b) => a - b));
    expect(board.stages.filter((s) => s.key !== "applied").every((s) => s.count === 0)).toBe(true);
  });

  it("forgets an erased candidate's name, email and the team's notes", async () => {
    await anonymiseApplications([ids.mei], { actor: byCandidate, kind: "erased" });
    expect(await found("mei chen")).toEqual([]);
    expect(await found("openstack")).toEqual([]);
    expect(
      await t.db.read().select().from(applicationSearch).where(eq(applicationSearch.applicationId, ids.mei)).get(),
    ).toMatchObject({ body: expect.not.stringContaining("mei") });
  });

  it("has one row per application, under its job", async () => {
    const job = (await t.db.read().select({ id: jobs.id }).from(jobs).where(eq(jobs.slug, "cloud-engineer")).get())!;
    const rows = await t.db.read().select().from(applicationSearch).all();
    expect(rows.length).toBe((await t.db.read().select().from(applications).all()).length);
    expect(rows.every((r) => r.jobId === job.id)).toBe(true);
  });
});

describe("the index and its source", () => {
  it("holds exactly what the view derives, after every change above", async () => {
    const drift = await t.db
      .read()
      .get<{ n: number }>(
        sql`select count(*) as n from (select * from application_search except select * from application_search_source union all select * from application_search_source except select * from application_search) d`,
      );
    expect(drift?.n).toBe(0);
  });

  it.skipIf(onPostgres)("is rebuilt by the SQLite migration's backfill exactly as the triggers wrote it", async () => {
    const before = await t.db
      .read()
      .select()
      .from(applicationSearch)
      .orderBy(asc(applicationSearch.applicationId))
      .all();
    expect(before.length).toBeGreaterThanOrEqual(3);
    t.db.writer.$client.exec("delete from application_search");
    const migration = readFileSync(path.join(MIGRATIONS_DIR, "0008_search_index.sql"), "utf8").split(
      "--> statement-breakpoint",
    );
    const backfill = migration.filter((s) => /^\s*INSERT INTO `application_search`/.test(s));
    expect(backfill).toHaveLength(1);
    t.db.writer.$client.exec(backfill[0]!);
    expect(
      await t.db.read().select().from(applicationSearch).orderBy(asc(applicationSearch.applicationId)).all(),
    ).toEqual(before);
  });

  it.skipIf(onPostgres)(
    "is made anew by migration 0024 with a prefix index of three characters, finding what it found before",
    async () => {
      const queries = ["exa", "example.org", "zoe", "ångström", "liam", "pay grade", "mei"];
      const before = await Promise.all(queries.map(found));
      expect(before.flat().length).toBeGreaterThan(5);
      const statements = readFileSync(path.join(MIGRATIONS_DIR, "0024_fts_prefix.sql"), "utf8").split(
        "--> statement-breakpoint",
      );
      for (const statement of statements) t.db.writer.$client.exec(statement);
      const table = t.db.writer.$client
        .prepare("select sql from sqlite_master where name = 'application_fts'")
        .get() as { sql: string };
      expect(table.sql).toContain("prefix='3'");
      expect(await Promise.all(queries.map(found))).toEqual(before);
      // The triggers write to the new table: a new application is found at once.
      const ines = await newApplication("Inès Exadata", "ines@example.com");
      expect(await found("exadata")).toEqual([ines]);
    },
  );
});
