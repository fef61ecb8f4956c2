import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, TEST_SECRET, type TestUser } from "../helpers/staff";

// Server actions find the acting user through the session; here we choose it per test.
const acting = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => acting.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createUserAction, updateUserAction, resetPasswordAction } = await import("@/app/staff/users/actions");

let t: TestData;
let admin: TestUser, recruiter: TestUser, manager: TestUser, target: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [admin, recruiter, manager, target] = await Promise.all([
    addUser(t.db, "admin"),
    addUser(t.db, "recruiter"),
    addUser(t.db, "hiring_manager"),
    addUser(t.db, "recruiter", "Target"),
  ]);
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(() => {
  acting.actor = null;
});

const snapshot = async () => JSON.stringify(await t.db.read().select().from(users).all());
const cases = () =>
  [
    ["signed out", null, "unauthorized"],
    ["a recruiter", recruiter, "forbidden"],
    ["a hiring manager", manager, "forbidden"],
  ] as const;

describe("the user administration server actions", () => {
  it("refuse everyone but admins, changing nothing", async () => {
    for (const [, who, error] of cases()) {
      acting.actor = who;
      const before = await snapshot();
      expect(await createUserAction({ name: "X", email: "x@example.com", role: "admin" })).toMatchObject({
        ok: false,
        error,
      });
      expect(await updateUserAction({ id: target.id, changes: { role: "admin" } })).toMatchObject({ ok: false, error });
      expect(await resetPasswordAction({ id: target.id })).toMatchObject({ ok: false, error });
      expect(await snapshot()).toBe(before);
    }
  });

  it("let an admin add, change and reset, with the form's own schema checking input", async () => {
    acting.actor = admin;
    expect(await createUserAction({ name: "", email: "bad", role: "recruiter" })).toMatchObject({
      ok: false,
      error: "invalid",
    });
    const created = await createUserAction({ name: "Ola", email: "ola@example.com", role: "recruiter" });
    expect(created).toMatchObject({ ok: true, data: { user: { email: "ola@example.com", role: "recruiter" } } });
    const id = created.ok ? created.data.user.id : 0;
    expect(await updateUserAction({ id, changes: { role: "hiring_manager" } })).toMatchObject({
      ok: true,
      data: { role: "hiring_manager" },
    });
    const reset = await resetPasswordAction({ id });
    expect(reset.ok && reset.data.password).toHaveLength(16);
    expect((await t.db.read().select().from(users).where(eq(users.id, id)).get())?.sessionVersion).toBe(3);
  });
});
