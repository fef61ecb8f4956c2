import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applications, interviewers, interviews, stages } from "@/db/schema";
import { listApplications } from "@/lib/applications/board";
import { applicationNeighbours } from "@/lib/applications/neighbours";
import type { Actor } from "@/lib/auth/permissions";
import { apply, validFields } from "../helpers/intake";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

const acting = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => acting.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { moveAction, addTagAction } = await import("@/app/staff/applications/[id]/actions");

let t: TestData;
let admin: TestUser, recruiter: TestUser, manager: TestUser;
// Newest first in "applied": e, c, b, a (b and c share created_at, so the higher id comes first);
// d was created between c and e but has moved on to initial_call.
const ids = { a: 0, b: 0, c: 0, d: 0, e: 0 };
const T0 = Date.UTC(2026, 0, 5, 9);

async function newApplication(name: string, createdAt: number, tag?: string): Promise<number> {
  const id = ((await (await apply({ ...validFields(), fullName: name })).json()) as { id: number }).id;
  await t.db.write((tx) =>
    tx
      .update(applications)
      .set({ createdAt: new Date(createdAt) })
      .where(eq(applications.id, id))
      .run(),
  );
  if (tag) expect(await addTagAction({ applicationId: id, tag })).toMatchObject({ ok: true });
  return id;
}

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [admin, recruiter, manager] = await Promise.all([
    addUser(t.db, "admin"),
    addUser(t.db, "recruiter"),
    addUser(t.db, "hiring_manager"),
  ]);
  acting.actor = recruiter;
  ids.a = await newApplication("Alva Ahl", T0, "ops");
  ids.b = await newApplication("Bo Berg", T0 + 60_000);
  ids.c = await newApplication("Cleo Carlsson", T0 + 60_000, "ops");
  ids.d = await newApplication("Dan Dahl", T0 + 120_000);
  ids.e = await newApplication("Eva Ek", T0 + 180_000, "ops");
  expect(await moveAction({ applicationId: ids.d, to: "initial_call", version: 1 })).toMatchObject({ ok: true });
}, 60_000);
afterAll(() => t.cleanup());
beforeEach(() => {
  acting.actor = recruiter;
});

describe("an application's neighbours in its board column", () => {
  it("follow the board column's own order, newest first by created_at and then id", async () => {
    const column = (await listApplications(recruiter, "cloud-engineer", { stage: "applied" })).items.map((c) => c.id);
    expect(column).toEqual([ids.e, ids.c, ids.b, ids.a]);
    for (const [i, id] of column.entries()) {
      const n = await applicationNeighbours(recruiter, id, { column: "applied" });
      expect(n).toMatchObject({
        column: "applied",
        columnName: "Applied",
        previous: i > 0 ? { id: column[i - 1] } : null,
        next: i < column.length - 1 ? { id: column[i + 1] } : null,
        position: i + 1,
        count: 4,
      });
    }
    expect((await applicationNeighbours(recruiter, ids.c, { column: "applied" }))?.next).toEqual({
      id: ids.b,
      name: "Bo Berg",
    });
  });

  it("keep to the board's filters (tag, search)", async () => {
    expect(await applicationNeighbours(recruiter, ids.c, { column: "applied", tag: "ops" })).toMatchObject({
      previous: { id: ids.e },
      next: { id: ids.a },
      position: 2,
      count: 3,
    });
    expect(await applicationNeighbours(recruiter, ids.b, { column: "applied", q: "alva" })).toMatchObject({
      previous: null,
      next: { id: ids.a },
      position: null,
      count: 1,
    });
  });

  it("go on down the column from where an application was after it moved out of it", async () => {
    expect(await applicationNeighbours(recruiter, ids.d, { column: "applied" })).toMatchObject({
      previous: { id: ids.e },
      next: { id: ids.c },
      position: null,
      count: 4,
    });
    expect(await applicationNeighbours(recruiter, ids.d, { column: "initial_call" })).toMatchObject({
      columnName: "Initial call",
      previous: null,
      next: null,
      position: 1,
      count: 1,
    });
  });

  it("work in an outcome lane, and answer null for a column the job does not have", async () => {
    const feedback = "Thank you for applying; we are looking for more storage experience.";
    const moved = await moveAction({
      applicationId: ids.a,
      to: "rejected",
      version: 1,
      reason: "must_haves",
      feedback,
    });
    expect(moved).toMatchObject({ ok: true });
    expect(await applicationNeighbours(recruiter, ids.a, { column: "rejected" })).toMatchObject({
      columnName: "Rejected",
      position: 1,
      count: 1,
    });
    expect(await applicationNeighbours(recruiter, ids.c, { column: "applied", tag: "ops" })).toMatchObject({
      next: null,
      count: 2,
    });
    expect(await applicationNeighbours(recruiter, ids.c, { column: "no_such_stage" })).toBeNull();
  });
});

describe("who gets neighbours and moves from the application page", () => {
  it("give a hiring manager who may read the application no neighbours, and none of another's", async () => {
    await expect(applicationNeighbours(manager, ids.b, { column: "applied" })).rejects.toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    const stage = (await t.db.read().select().from(stages).where(eq(stages.key, "initial_call")).get())!;
    const interview = await t.db.write((tx) =>
      tx
        .insert(interviews)
        .values({
          applicationId: ids.b,
          stageId: stage.id,
          kind: "technical",
          createdByUserId: admin.id,
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning()
        .get(),
    );
    await t.db.write((tx) => tx.insert(interviewers).values({ interviewId: interview.id, userId: manager.id }).run());
    expect(await applicationNeighbours(manager, ids.b, { column: "applied" })).toBeNull();
    await expect(applicationNeighbours(null, ids.b, { column: "applied" })).rejects.toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
  });

  it("refuse a move by a hiring manager assigned to the application, and leave it where it was", async () => {
    acting.actor = manager;
    const before = (await t.db.read().select().from(applications).where(eq(applications.id, ids.b)).get())!;
    expect(await moveAction({ applicationId: ids.b, to: "decision", version: before.version })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const after = (await t.db.read().select().from(applications).where(eq(applications.id, ids.b)).get())!;
    expect(after.version).toBe(before.version);
  });

  it("answer a stale version with a conflict that says where the application is now", async () => {
    acting.actor = admin;
    expect(await moveAction({ applicationId: ids.e, to: "initial_call", version: 1 })).toMatchObject({ ok: true });
    expect(await moveAction({ applicationId: ids.e, to: "decision", version: 1 })).toMatchObject({
      ok: false,
      error: "conflict",
      current: { id: ids.e, stage: "initial_call", status: "active", version: 2 },
    });
  });
});
