import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applicationEvents, applications } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { apply, validFields } from "../helpers/intake";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

// Server actions find the acting user through the session; here we choose it per test.
const acting = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => acting.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { moveAction, bulkMoveAction, showMoreAction } = await import("@/app/staff/jobs/[slug]/actions");

let t: TestData;
let recruiter: TestUser, manager: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [recruiter, manager] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "hiring_manager")]);
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(() => {
  acting.actor = recruiter;
});

const newApplication = async () => ((await (await apply(validFields())).json()) as { id: number }).id;
const row = async (id: number) => (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
const events = (id: number) =>
  t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).all();

describe("the board's server actions", () => {
  it("move one application and answer a stale version with 409 and where it is now", async () => {
    const id = await newApplication();
    expect(await moveAction({ id, move: { to: "initial_call", version: 1 } })).toMatchObject({
      ok: true,
      data: { id, stage: "initial_call", version: 2 },
    });
    const stale = await moveAction({ id, move: { to: "decision", version: 1 } });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      current: { id, stage: "initial_call", status: "active", version: 2 },
    });
    expect((await row(id)).version).toBe(2);
  });

  it("refuse a rejection without a reason and feedback, and keep the candidate-facing text when given", async () => {
    const id = await newApplication();
    const missing = await moveAction({ id, move: { to: "rejected", version: 1 } });
    expect(missing).toMatchObject({ ok: false, error: "invalid" });
    const feedback = "Thank you for your time; we need someone based in the EU for this role.";
    expect(await moveAction({ id, move: { to: "rejected", version: 1, reason: "not_eu", feedback } })).toMatchObject({
      ok: true,
    });
    expect(await row(id)).toMatchObject({ status: "rejected", rejectionReason: "not_eu", candidateFeedback: feedback });
  });

  it("move in bulk all or nothing, recording each move", async () => {
    const [a, b] = [await newApplication(), await newApplication()];
    await moveAction({ id: b, move: { to: "initial_call", version: 1 } });
    const refused = await bulkMoveAction({
      to: "decision",
      items: [
        { id: a, version: 1 },
        { id: b, version: 1 },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: "conflict" });
    expect((await row(a)).version).toBe(1);
    expect(
      await bulkMoveAction({
        to: "decision",
        items: [
          { id: a, version: 1 },
          { id: b, version: 2 },
        ],
      }),
    ).toMatchObject({ ok: true });
    expect((await events(a)).filter((e) => e.kind === "moved")).toHaveLength(1);
    expect((await events(b)).filter((e) => e.kind === "moved")).toHaveLength(2);
  });

  it("load the next page of a column with the same filters", async () => {
    for (let i = 0; i < 3; i++) await newApplication();
    const first = await showMoreAction({ slug: "cloud-engineer", stage: "applied", cursor: "", limit: 2 });
    expect(first).toMatchObject({ ok: false, error: "invalid" });
    const { listApplications } = await import("@/lib/applications/board");
    const page = await listApplications(recruiter, "cloud-engineer", { stage: "applied", limit: 2 });
    const next = await showMoreAction({ slug: "cloud-engineer", stage: "applied", cursor: page.nextCursor!, limit: 2 });
    expect(next.ok && next.data.items.map((c) => c.id)).not.toContain(page.items[0]!.id);
    expect(next.ok && next.data.items.length).toBeGreaterThan(0);
  });

  it("refuse hiring managers, changing nothing", async () => {
    const id = await newApplication();
    acting.actor = manager;
    expect(await moveAction({ id, move: { to: "initial_call", version: 1 } })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await bulkMoveAction({ to: "initial_call", items: [{ id, version: 1 }] })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect((await row(id)).version).toBe(1);
  });
});
