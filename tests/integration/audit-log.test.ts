import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog } from "@/db/schema";
import * as auditRoute from "@/app/api/staff/audit/route";
import * as usersRoute from "@/app/api/staff/users/route";
import * as userRoute from "@/app/api/staff/users/[id]/route";
import * as passwordRoute from "@/app/api/staff/users/[id]/password/route";
import type { Actor } from "@/lib/auth/permissions";
import type { PostgresDatabase } from "@/db";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";

const acting = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => acting.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { createUserAction, updateUserAction, resetPasswordAction } = await import("@/app/staff/users/actions");

let t: TestData;
let admin: TestUser, recruiter: TestUser;
let adminCookie: string, recruiterCookie: string;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [admin, recruiter] = await Promise.all([addUser(t.db, "admin", "Alva Admin"), addUser(t.db, "recruiter")]);
  [adminCookie, recruiterCookie] = await Promise.all([sessionCookie(admin.id), sessionCookie(recruiter.id)]);
}, 30_000);
afterAll(() => t.cleanup());
beforeEach(() => {
  acting.actor = null;
});

/** The organisation log's entries about one user (the subject), oldest first. */
const entriesAbout = async (userId: number) =>
  (await t.db.read().select().from(auditLog).all())
    .filter((r) => r.data.userId === userId)
    .map((r) => ({ kind: r.action, actor: r.data.actor }));

const asAdmin = { type: "user", id: expect.any(Number), name: "Alva Admin", email: expect.any(String) };

describe("every user change is in the organisation log once, with its actor", () => {
  it("from the Users page (server actions)", async () => {
    acting.actor = admin;
    const created = await createUserAction({ name: "Page User", email: "page.user@example.com", role: "recruiter" });
    const id = created.ok ? created.data.user.id : 0;
    await updateUserAction({ id, changes: { name: "Page User Renamed", role: "hiring_manager" } });
    await updateUserAction({ id, changes: { active: false } });
    await updateUserAction({ id, changes: { active: true } });
    await updateUserAction({ id, changes: { role: "hiring_manager" } });
    await resetPasswordAction({ id });
    expect(await entriesAbout(id)).toEqual(
      [
        "user.created",
        "user.renamed",
        "user.role_changed",
        "user.deactivated",
        "user.reactivated",
        "user.password_reset",
      ].map((kind) => ({ kind, actor: asAdmin })),
    );
  });

  it("from the staff API", async () => {
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: adminCookie,
      body: { name: "Api User", email: "api.user@example.com", role: "recruiter" },
    });
    const id = ((await res.json()) as { user: { id: number } }).user.id;
    await callStaff(userRoute.PATCH, {
      method: "PATCH",
      cookie: adminCookie,
      params: { id: String(id) },
      body: { role: "admin" },
    });
    await callStaff(passwordRoute.POST, { method: "POST", cookie: adminCookie, params: { id: String(id) } });
    expect(await entriesAbout(id)).toEqual(
      ["user.created", "user.role_changed", "user.password_reset"].map((kind) => ({ kind, actor: asAdmin })),
    );
  });

  it("from the command line (on the configured database), as the system naming the command", async () => {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/user.ts", ...args], {
        input: "a-long-enough-password\n",
        encoding: "utf8",
        // The script opens the configured database: this test's PostgreSQL one in that run.
        env: { ...process.env, ...(onPostgres ? { DATABASE_URL: (t.db as unknown as PostgresDatabase).url } : {}) },
        timeout: 60_000,
      });
    expect(cli(["add", "--email", "cli.user@example.com", "--name", "Cli User", "--role", "recruiter"]).status).toBe(0);
    expect(cli(["passwd", "--email", "cli.user@example.com"]).status).toBe(0);
    const id = (await t.db.read().select().from(auditLog).all()).find((r) => r.data.email === "cli.user@example.com")!
      .data.userId as number;
    expect(await entriesAbout(id)).toEqual([
      { kind: "user.created", actor: { type: "system", job: "cli:user:add" } },
      { kind: "user.password_reset", actor: { type: "system", job: "cli:user:passwd" } },
    ]);
    // Two tsx processes that each load the app's modules: about 9 s on a quiet machine, past 20 s on a busy one.
  }, 60_000);

  it("writes nothing when the change is refused", async () => {
    const before = (await t.db.read().select().from(auditLog).all()).length;
    acting.actor = recruiter;
    await createUserAction({ name: "Nope", email: "nope@example.com", role: "admin" });
    acting.actor = admin;
    await updateUserAction({ id: admin.id, changes: { active: false } });
    expect((await t.db.read().select().from(auditLog).all()).length).toBe(before);
  });
});

describe("GET /api/staff/audit", () => {
  const get = (query: string, cookie = adminCookie) =>
    callStaff(auditRoute.GET, { path: `/api/staff/audit${query}`, cookie });

  it("is for admins only", async () => {
    expect((await get("", recruiterCookie)).status).toBe(403);
    // Who asks is checked before what they ask: a bad query from a recruiter is still a 403.
    expect((await get("?kind=bogus&cursor=x", recruiterCookie)).status).toBe(403);
    expect((await get("?kind=bogus")).status).toBe(400);
    expect((await callStaff(auditRoute.GET, { path: "/api/staff/audit" })).status).toBe(401);
  });

  it("lists entries newest first with who and what, and filters by kind and by user", async () => {
    const res = await get("?kind=user.role_changed");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as {
      entries: { id: number; kind: string; summary: string; actor: unknown }[];
      nextCursor: string | null;
    };
    expect(body.entries.length).toBeGreaterThan(0);
    expect(body.entries.every((e) => e.kind === "user.role_changed")).toBe(true);
    expect(body.entries.map((e) => e.id)).toEqual([...body.entries.map((e) => e.id)].sort((a, b) => b - a));
    expect(body.entries[0]).toMatchObject({
      actor: { type: "user", name: "Alva Admin" },
      summary: expect.stringMatching(/^Changed .+ from .+ to .+/),
    });
    // A user's entries: those they made and those made about them.
    const byAdmin = (await (await get(`?userId=${admin.id}`)).json()) as {
      entries: { kind: string; actor: { id?: number }; data: { userId?: number } }[];
    };
    expect(byAdmin.entries.length).toBeGreaterThan(5);
    expect(byAdmin.entries.every((e) => e.actor.id === admin.id || e.data.userId === admin.id)).toBe(true);
    expect(byAdmin.entries.at(-1)).toMatchObject({ kind: "user.created", data: { userId: admin.id } });
  });

  it("pages with the cursor until nothing is left, every entry once", async () => {
    for (let i = 0; i < 60; i++)
      await t.db.write((tx) =>
        tx
          .insert(auditLog)
          .values({
            action: "job.created",
            data: { actor: { type: "system", job: "cli:test" }, jobId: 1, slug: `s${i}` },
          })
          .run(),
      );
    const seen: number[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = (await (await get(`?kind=job.created${cursor ? `&cursor=${cursor}` : ""}`)).json()) as {
        entries: { id: number }[];
        nextCursor: string | null;
      };
      expect(page.entries.length).toBeLessThanOrEqual(50);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
  });

  it("shows an entry of a kind it does not know as Other change", async () => {
    await t.db.write((tx) =>
      tx
        .insert(auditLog)
        .values({ action: "webhook.created", data: { actor: { type: "system", job: "cli:test" } } })
        .run(),
    );
    const body = (await (await get("")).json()) as { entries: { kind: string; summary: string }[] };
    expect(body.entries[0]).toMatchObject({ kind: "webhook.created", summary: "Other change" });
  });

  it("answers 400 naming the field for a kind or cursor it does not know", async () => {
    const res = await get("?kind=users.everything&cursor=abc");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors).toMatchObject({
      kind: expect.any(String),
      cursor: expect.any(String),
    });
  });
});
