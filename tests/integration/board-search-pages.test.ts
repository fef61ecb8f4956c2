import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, cvTexts, files } from "@/db/schema";
import { listApplications } from "@/lib/applications/board";
import type { Actor } from "@/lib/auth/permissions";
import { apply, validFields } from "../helpers/intake";
import { addUser, TEST_SECRET } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

/**
 * A search's pages in the list API, a few cards at a time, on both backends: on PostgreSQL a page
 * comes from its newest rows when enough of them match and from the full-text index otherwise
 * (db/dialect/postgres.ts, newestMatching), and either way it is the newest matches, in order,
 * with nothing skipped or repeated from one cursor to the next.
 */
let t: TestData;
let recruiter: Actor;
const T0 = Date.UTC(2026, 0, 5, 9);
/** Oldest first: [id, its CV's words]. Two applications share each created_at (the id breaks the tie). */
const made: { id: number; text: string }[] = [];

function cv(i: number): string {
  const words = ["Walrus colonies on the ice."];
  words.push(i % 2 === 0 ? "A grey walrus, counted." : "A walrus, then a grey seal.");
  if (i < 4) words.push("Narwhal tusks measured.");
  if (i % 3 === 0) words.push("Tusk ivory kept apart.");
  if (i >= 28) words.push("Beluga calls recorded.");
  if ([3, 5, 20, 29].includes(i)) words.push("An orca passed.");
  return words.join(" ");
}

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter");
  for (let i = 0; i < 30; i++) {
    const res = await apply({ ...validFields(), fullName: `Vera Valross${i}`, email: `vera${i}@example.org` });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const file = (await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())!;
    const text = cv(i);
    await t.db.write(async (tx) => {
      await tx
        .update(applications)
        .set({ createdAt: new Date(T0 + Math.floor(i / 2) * 60_000) })
        .where(eq(applications.id, id))
        .run();
      await tx.update(files).set({ textState: "text" }).where(eq(files.id, file.id)).run();
      await tx
        .insert(cvTexts)
        .values({ fileId: file.id, applicationId: id, body: text, extractedAt: new Date() })
        .run();
    });
    made.push({ id, text });
  }
}, 60_000);
afterAll(() => t.cleanup());

/** Every card of a search, a page of `limit` at a time, following the cursors. */
async function everyPage(q: string, limit: number, stage?: string): Promise<number[][]> {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listApplications(recruiter, "cloud-engineer", { q, limit, cursor, stage });
    pages.push(page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 40);
  return pages;
}

/** The applications whose CV passes `test`, newest first (created_at, then id). */
function newest(test: (text: string) => boolean): number[] {
  const order = (i: number) => Math.floor(i / 2);
  return made
    .map((m, i) => ({ ...m, at: order(i) }))
    .filter((m) => test(m.text))
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((m) => m.id);
}

describe("a search on the board, page by page", () => {
  it("lists only this test's applications on the job", async () => {
    expect((await everyPage("", 50)).flat()).toEqual(newest(() => true));
  });

  it.each([
    ["a word in every CV", "walrus", (s: string) => /walrus/i.test(s)],
    ["a word in the four oldest only", "narwhal", (s: string) => /narwhal/i.test(s)],
    ["a word in the two newest only, fewer than a page", "beluga", (s: string) => /beluga/i.test(s)],
    // Two of the newest 18 (the rows a page of two tests first on PostgreSQL), one short of a page
    // and the one more that tells whether there is a next; two more further back.
    ["a word in two new and two old CVs", "orca", (s: string) => /orca/i.test(s)],
    ["a phrase in every other CV", '"grey walrus"', (s: string) => /grey walrus/i.test(s)],
    ["a word with an exclusion", "walrus -tusk", (s: string) => /walrus/i.test(s) && !/tusk/i.test(s)],
    ["an exclusion alone", "-tusk", (s: string) => !/tusk/i.test(s)],
  ])("gives the newest matches in order for %s", async (_, q, test) => {
    const expected = newest(test);
    for (const limit of [2, 5, 50]) {
      const pages = await everyPage(q, limit);
      expect(pages.flat()).toEqual(expected);
      for (const page of pages.slice(0, -1)) expect(page).toHaveLength(limit);
    }
  });

  it("gives the same in a stage's column", async () => {
    expect((await everyPage("narwhal", 2, "applied")).flat()).toEqual(newest((s) => /narwhal/i.test(s)));
    expect((await everyPage("walrus", 3, "applied")).flat()).toEqual(newest((s) => /walrus/i.test(s)));
    expect((await everyPage("walrus", 3, "initial_call")).flat()).toEqual([]);
  });
});
