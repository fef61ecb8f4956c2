import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applications, candidates, jobs, stages } from "@/db/schema";
import { getBoard, listApplications, PAGE_SIZE } from "@/lib/applications/board";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";

// The board reads every stage's first page in one statement and the API a column at a time: both
// must give the same rows, in the same order, with the same cursor and counts, on either backend.

let t: TestData;
let recruiter: TestUser;
const T0 = Date.UTC(2026, 0, 5, 9);
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
/** Each stage's active applications, in the order the board shows them. */
const expected = new Map<string, number[]>();
let jobId = 0;
let seq = 0;

/** An application written directly: dozens of them through the intake would take long. */
async function add(
  stage: string,
  o: { createdAt: number; status?: "active" | "rejected"; source?: string; email?: string },
) {
  const n = ++seq;
  const email = o.email ?? `p${n}@example.com`;
  const stageId = (await t.db
    .read()
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.jobId, jobId), eq(stages.key, stage)))
    .get())!.id;
  return t.db.write(async (tx) => {
    const person = (await tx
      .insert(candidates)
      .values({ fullName: `Person ${n}`, email, emailKey: email, country: "SE" })
      .returning({ id: candidates.id })
      .get())!;
    return (await tx
      .insert(applications)
      .values({
        jobId,
        candidateId: person.id,
        stageId,
        status: o.status ?? "active",
        source: o.source ?? null,
        locale: "en",
        statusTokenHash: `token-${n}`,
        stageEnteredAt: new Date(NOW - (n % 3) * 10 * DAY),
        createdAt: new Date(o.createdAt),
        updatedAt: new Date(o.createdAt),
      })
      .returning({ id: applications.id })
      .get())!.id;
  });
}

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter");
  jobId = (await t.db.read().select({ id: jobs.id }).from(jobs).where(eq(jobs.slug, "cloud-engineer")).get())!.id;
  // More than a page in "applied", written oldest first, three at a time sharing one created_at:
  // within a tie the higher id comes first.
  const applied: { id: number; at: number }[] = [];
  for (let i = 0; i < PAGE_SIZE + 4; i++) {
    const at = T0 + Math.floor(i / 3) * 60_000;
    applied.push({ id: await add("applied", { createdAt: at, source: i % 4 === 0 ? "linkedin" : undefined }), at });
  }
  expected.set(
    "applied",
    applied.sort((a, b) => b.at - a.at || b.id - a.id).map((a) => a.id),
  );
  const second = [await add("initial_call", { createdAt: T0 }), await add("initial_call", { createdAt: T0 })];
  expected.set("initial_call", second.reverse());
  await add("initial_call", { createdAt: T0 + DAY, status: "rejected", source: "linkedin" });
  // One person twice (two candidate records, one address): each card counts the other.
  const twice = { createdAt: T0, email: "twice@example.com" };
  expected.set("decision", [await add("decision", twice), await add("decision", twice)].reverse());
}, 120_000);
afterAll(() => t.cleanup());

describe("the board's pages", () => {
  it("show each stage's newest cards, ties by id, with the list's cursor and the full count", async () => {
    const board = await getBoard(recruiter, "cloud-engineer");
    expect(board.job).toEqual({ slug: "cloud-engineer", title: "Cloud Engineer", status: expect.any(String) });
    const applied = board.stages.find((s) => s.key === "applied")!;
    expect(applied.count).toBe(PAGE_SIZE + 4);
    expect(applied.cards.map((c) => c.id)).toEqual(expected.get("applied")!.slice(0, PAGE_SIZE));
    const first = await listApplications(recruiter, "cloud-engineer", { stage: "applied" });
    expect(first.items.map((c) => c.id)).toEqual(applied.cards.map((c) => c.id));
    expect(first.items).toEqual(applied.cards);
    expect(applied.nextCursor).toBe(first.nextCursor);
    const rest = await listApplications(recruiter, "cloud-engineer", { stage: "applied", cursor: applied.nextCursor! });
    expect(rest.items.map((c) => c.id)).toEqual(expected.get("applied")!.slice(PAGE_SIZE));
    expect(rest.nextCursor).toBeNull();

    const second = board.stages.find((s) => s.key === "initial_call")!;
    expect(second).toMatchObject({ count: 2, nextCursor: null });
    expect(second.cards.map((c) => c.id)).toEqual(expected.get("initial_call"));
    const decision = board.stages.find((s) => s.key === "decision")!;
    expect(decision.cards.map((c) => [c.id, c.alsoApplied])).toEqual(expected.get("decision")!.map((id) => [id, 1]));
    expect(applied.cards.every((c) => c.alsoApplied === 0)).toBe(true);
    for (const empty of board.stages.filter((s) => !expected.has(s.key)))
      expect(empty).toMatchObject({ count: 0, cards: [], nextCursor: null });
    expect(board.outcomes.find((o) => o.key === "rejected")).toMatchObject({ count: 1, cards: [], loaded: false });
  });

  it("count and list the same cards through a filter", async () => {
    const board = await getBoard(recruiter, "cloud-engineer", { source: "linkedin" });
    const applied = board.stages.find((s) => s.key === "applied")!;
    const listed = await listApplications(recruiter, "cloud-engineer", { stage: "applied", source: "linkedin" });
    expect(applied.count).toBe(Math.ceil((PAGE_SIZE + 4) / 4));
    expect(applied.cards.map((c) => c.id)).toEqual(listed.items.map((c) => c.id));
    expect(applied.cards).toHaveLength(applied.count);
    expect(board.stages.find((s) => s.key === "initial_call")!.count).toBe(0);
    expect(board.outcomes.find((o) => o.key === "rejected")!.count).toBe(1);

    const old = await getBoard(recruiter, "cloud-engineer", { minDays: 15 });
    for (const stage of old.stages) {
      expect(stage.cards.every((c) => c.daysInStage >= 15)).toBe(true);
      expect(stage.cards).toHaveLength(Math.min(stage.count, PAGE_SIZE));
    }
    expect(old.stages.find((s) => s.key === "applied")!.count).toBeGreaterThan(0);
  });

  it.runIf(onPostgres)("on PostgreSQL, are read in 10 round trips for the board and 8 for a column", async () => {
    // The board: the job, its stages, the counts, every stage's first page, the tags in use, then
    // the cards' tags, CVs, feedback, scheduling and the same person's other applications. A
    // column: the same without the counts and the tags in use. The board was 16 with six stages.
    const pg = (await import("pg")).default;
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      await getBoard(recruiter, "cloud-engineer");
      expect(sent.mock.calls.length).toBeLessThanOrEqual(10);
      sent.mockClear();
      await listApplications(recruiter, "cloud-engineer", { stage: "applied" });
      expect(sent.mock.calls.length).toBeLessThanOrEqual(8);
    } finally {
      sent.mockRestore();
    }
  });
});
