import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications } from "@/db/schema";
import { jobsOverview } from "@/lib/applications/staff-queries";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let recruiter: TestUser, manager: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [recruiter, manager] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "hiring_manager")]);
}, 30_000);
afterAll(() => t.cleanup());

describe("the staff overview", () => {
  it("counts active applications per stage and flags those waiting over 7 days, oldest first", async () => {
    const ids: number[] = [];
    for (const name of ["Fresh", "Waiting long", "Waiting longer"]) {
      ids.push(((await (await apply({ ...validFields(), fullName: name })).json()) as { id: number }).id);
    }
    const day = 24 * 60 * 60 * 1000;
    await t.db.write((tx) =>
      tx
        .update(applications)
        .set({ stageEnteredAt: new Date(Date.now() - 8 * day) })
        .where(eq(applications.id, ids[1]!))
        .run(),
    );
    await t.db.write((tx) =>
      tx
        .update(applications)
        .set({ stageEnteredAt: new Date(Date.now() - 20 * day) })
        .where(eq(applications.id, ids[2]!))
        .run(),
    );

    const [job] = await jobsOverview(recruiter);
    expect(job!.stages.find((s) => s.key === "applied")!.active).toBe(3);
    expect(job!.waiting.count).toBe(2);
    expect(job!.waiting.oldest.map((w) => [w.name, w.days])).toEqual([
      ["Waiting longer", 20],
      ["Waiting long", 8],
    ]);
  });

  it("shows a hiring manager the jobs but no applications", async () => {
    const [job] = await jobsOverview(manager);
    expect(job!.stages.every((s) => s.active === 0)).toBe(true);
    expect(job!.recent).toEqual([]);
    expect(job!.waiting.count).toBe(0);
  });

  it("refuses a signed-out caller", async () => {
    await expect(jobsOverview(null)).rejects.toThrow(expect.objectContaining({ code: "unauthorized" }));
  });
});
