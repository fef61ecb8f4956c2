import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applicationTags, notes } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

// Server actions find the acting user through the session; here we choose it per test.
const acting = vi.hoisted(() => ({ actor: null as Actor | null, revalidated: [] as string[] }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => acting.actor }));
vi.mock("next/cache", () => ({ revalidatePath: (p: string) => acting.revalidated.push(p) }));

const { addNoteAction, editNoteAction, addTagAction, removeTagAction } =
  await import("@/app/staff/applications/[id]/actions");

let t: TestData;
let recruiter: TestUser, manager: TestUser;
let applicationId: number;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [recruiter, manager] = await Promise.all([addUser(t.db, "recruiter"), addUser(t.db, "hiring_manager")]);
  applicationId = ((await (await apply(validFields())).json()) as { id: number }).id;
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(() => {
  acting.actor = null;
  acting.revalidated = [];
});

const snapshot = () =>
  JSON.stringify([t.db.read().select().from(notes).all(), t.db.read().select().from(applicationTags).all()]);

describe("the application detail server actions", () => {
  it("refuse signed-out users and unassigned hiring managers, changing nothing", async () => {
    const before = snapshot();
    for (const [who, error] of [
      [null, "unauthorized"],
      [manager, "not_found"],
    ] as const) {
      acting.actor = who;
      expect(await addNoteAction({ applicationId, body: "hi" })).toMatchObject({ ok: false, error });
      expect(await addTagAction({ applicationId, tag: "x" })).toMatchObject({ ok: false, error });
      expect(await removeTagAction({ applicationId, tag: "x" })).toMatchObject({ ok: false, error });
    }
    expect(snapshot()).toBe(before);
    expect(acting.revalidated).toEqual([]);
  });

  it("parse with the form's schema, write, and refresh the page", async () => {
    acting.actor = recruiter;
    expect(await addNoteAction({ applicationId, body: "  " })).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { body: expect.any(String) },
    });
    const added = await addNoteAction({ applicationId, body: "Looks good" });
    expect(added).toMatchObject({ ok: true, data: { body: "Looks good" } });
    const noteId = added.ok ? added.data.id : 0;
    expect(await editNoteAction({ noteId, body: "Looks very good" })).toMatchObject({
      ok: true,
      data: { body: "Looks very good" },
    });
    expect(await addTagAction({ applicationId, tag: "Go Lang" })).toMatchObject({
      ok: true,
      data: { tag: "go-lang", changed: true },
    });
    expect(await removeTagAction({ applicationId, tag: "go-lang" })).toMatchObject({
      ok: true,
      data: { changed: true },
    });
    expect(acting.revalidated).toEqual(Array(4).fill(`/staff/applications/${applicationId}`));
  });
});
