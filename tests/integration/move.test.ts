import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applicationEvents, applications } from "@/db/schema";
import { moveApplication, moveApplications } from "@/lib/applications/move-application";
import * as moveRoute from "@/app/api/staff/applications/[id]/move/route";
import * as listRoute from "@/app/api/staff/jobs/[slug]/applications/route";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let admin: TestUser, recruiter: TestUser, manager: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [admin, recruiter, manager] = await Promise.all([
    addUser(t.db, "admin"),
    addUser(t.db, "recruiter"),
    addUser(t.db, "hiring_manager"),
  ]);
}, 30_000);
afterAll(() => t.cleanup());

async function newApplication(name = "Åsa Öberg"): Promise<number> {
  const res = await apply({ ...validFields(), fullName: name });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}
const state = async (id: number) =>
  (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
const events = (id: number) =>
  t.db.read().select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).all();
const eventCount = async () => (await t.db.read().select({ n: count() }).from(applicationEvents).get())!.n;

describe("moveApplication", () => {
  it("moves forward and back, bumping the version and writing one event per move", async () => {
    const id = await newApplication();
    expect(await moveApplication(recruiter, id, { to: "manager_meeting", version: 1 })).toEqual({
      id,
      stage: "manager_meeting",
      status: "active",
      version: 2,
    });
    expect(await moveApplication(recruiter, id, { to: "initial_call", version: 2 })).toMatchObject({
      stage: "initial_call",
      version: 3,
    });
    const moved = (await events(id)).filter((e) => e.kind === "moved");
    expect(moved).toHaveLength(2);
    expect(moved[0]).toMatchObject({
      actorType: "user",
      actorUserId: recruiter.id,
      fromStatus: "active",
      toStatus: "active",
    });
  });

  it.runIf(onPostgres)("on PostgreSQL, moves forward in 8 round trips with one commit", async () => {
    // Each statement is a round trip: the opening, the application with its candidate, job and
    // stages (one statement, was four), the update, the event, the webhook endpoints, the
    // candidate's message template and the message, the commit.
    const id = await newApplication();
    const pg = (await import("pg")).default;
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await moveApplication(recruiter, id, { to: "initial_call", version: 1 })).toMatchObject({ version: 2 });
      const texts = sent.mock.calls.map(([q]) => (typeof q === "string" ? q : (q as { text: string }).text));
      expect(texts.filter((q) => q === "commit")).toHaveLength(1);
      expect(texts.length).toBeLessThanOrEqual(8);
    } finally {
      sent.mockRestore();
    }
  });

  it("refuses a stale version with 409 and the current state, changing nothing", async () => {
    const id = await newApplication();
    await moveApplication(recruiter, id, { to: "initial_call", version: 1 });
    const before = await eventCount();
    await expect(moveApplication(admin, id, { to: "decision", version: 1 })).rejects.toThrow(
      expect.objectContaining({
        code: "conflict",
        extra: expect.objectContaining({ current: { id, stage: "initial_call", status: "active", version: 2 } }),
      }),
    );
    expect((await state(id)).version).toBe(2);
    expect(await eventCount()).toBe(before);
  });

  it("refuses a transition the process does not allow with 422", async () => {
    const id = await newApplication();
    await expect(moveApplication(recruiter, id, { to: "hired", version: 1 })).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable" }),
    );
    expect(await state(id)).toMatchObject({ status: "active", version: 1 });
  });

  it("refuses hiring managers (403) and signed-out callers (401)", async () => {
    const id = await newApplication();
    await expect(moveApplication(manager, id, { to: "initial_call", version: 1 })).rejects.toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    await expect(moveApplication(null, id, { to: "initial_call", version: 1 })).rejects.toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
    expect((await state(id)).version).toBe(1);
  });

  it("keeps the reason and the candidate-facing feedback of a rejection, final unless an admin reopens", async () => {
    const id = await newApplication();
    const feedback = "Thank you for your time. We went with someone with more Ceph experience.";
    expect(
      await moveApplication(recruiter, id, { to: "rejected", version: 1, reason: "must_haves", feedback }),
    ).toMatchObject({ status: "rejected", version: 2 });
    expect(await state(id)).toMatchObject({
      status: "rejected",
      rejectionReason: "must_haves",
      candidateFeedback: feedback,
    });
    expect((await events(id)).at(-1)).toMatchObject({
      kind: "rejected",
      toStatus: "rejected",
      data: { reason: "must_haves" },
    });
    await expect(moveApplication(recruiter, id, { to: "initial_call", version: 2 })).rejects.toThrow(
      expect.objectContaining({ code: "unprocessable" }),
    );
    expect(await moveApplication(admin, id, { to: "initial_call", version: 2 })).toMatchObject({
      status: "active",
      stage: "initial_call",
    });
    expect((await events(id)).at(-1)).toMatchObject({ kind: "reopened", actorUserId: admin.id });
  });

  it("hires only from the last stage", async () => {
    const id = await newApplication();
    await moveApplication(recruiter, id, { to: "references", version: 1 });
    await t.db.write((tx) =>
      tx.update(applications).set({ backgroundCheck: "completed" }).where(eq(applications.id, id)).run(),
    );
    expect(await moveApplication(recruiter, id, { to: "hired", version: 2 })).toMatchObject({
      status: "hired",
      stage: "references",
    });
  });
});

describe("two recruiters moving the same card", () => {
  it("lets exactly one of simultaneous moves with the same version win", async () => {
    const id = await newApplication();
    const [a, b] = await Promise.all([
      callStaff(moveRoute.POST, {
        method: "POST",
        cookie: await sessionCookie(recruiter.id),
        params: { id: String(id) },
        body: { to: "initial_call", version: 1 },
      }),
      callStaff(moveRoute.POST, {
        method: "POST",
        cookie: await sessionCookie(admin.id),
        params: { id: String(id) },
        body: { to: "decision", version: 1 },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await events(id)).filter((e) => e.kind === "moved")).toHaveLength(1);
    expect((await state(id)).version).toBe(2);
  });
});

describe("bulk moves are all or nothing", () => {
  it("moves every selected card and records each move", async () => {
    const ids = [await newApplication("A"), await newApplication("B")];
    const result = await moveApplications(recruiter, {
      to: "initial_call",
      items: ids.map((id) => ({ id, version: 1 })),
    });
    expect(result.map((r) => r.stage)).toEqual(["initial_call", "initial_call"]);
    for (const id of ids) expect((await events(id)).filter((e) => e.kind === "moved")).toHaveLength(1);
  });

  it("rolls every move back when one is refused", async () => {
    const ok = await newApplication("C");
    const stale = await newApplication("D");
    await moveApplication(recruiter, stale, { to: "decision", version: 1 });
    const before = await eventCount();
    await expect(
      moveApplications(recruiter, {
        to: "manager_meeting",
        items: [
          { id: ok, version: 1 },
          { id: stale, version: 1 },
        ],
      }),
    ).rejects.toThrow(expect.objectContaining({ code: "conflict" }));
    expect(await state(ok)).toMatchObject({ version: 1 });
    expect(await eventCount()).toBe(before);
  });
});

describe("the staff API for the board", () => {
  it("POST /move answers 200 with the new version, 409 stale, 422 not allowed, 400 bad input, 403 manager, 404 unknown", async () => {
    const id = await newApplication();
    const cookie = await sessionCookie(recruiter.id);
    const move = async (body: unknown, who = cookie, target = String(id)) =>
      callStaff(moveRoute.POST, { method: "POST", cookie: who, params: { id: target }, body });
    const ok = await move({ to: "initial_call", version: 1 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id, stage: "initial_call", status: "active", version: 2 });
    const stale = await move({ to: "decision", version: 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "conflict", current: { stage: "initial_call", version: 2 } });
    expect((await move({ to: "hired", version: 2 })).status).toBe(422);
    expect((await move({ to: "rejected", version: 2 })).status).toBe(400);
    expect((await move({ to: "decision" })).status).toBe(400);
    expect((await move({ to: "decision", version: 2 }, await sessionCookie(manager.id))).status).toBe(403);
    expect((await move({ to: "decision", version: 2 }, cookie, "999999")).status).toBe(404);
  });

  it("GET /jobs/{slug}/applications lists a stage newest first with id, stage, status, version and a cursor", async () => {
    const cookie = await sessionCookie(recruiter.id);
    for (let i = 0; i < 3; i++) await newApplication(`Paged ${i}`);
    const first = await callStaff(listRoute.GET, {
      cookie,
      path: "/api/staff/jobs/cloud-engineer/applications?stage=applied&limit=2",
      params: { slug: "cloud-engineer" },
    });
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as {
      items: { id: number; stage: string; status: string; version: number }[];
      nextCursor: string;
    };
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]).toMatchObject({ stage: "applied", status: "active", version: 1 });
    expect(page1.items[0]!.id).toBeGreaterThan(page1.items[1]!.id);
    const second = await callStaff(listRoute.GET, {
      cookie,
      path: `/api/staff/jobs/cloud-engineer/applications?stage=applied&limit=2&cursor=${page1.nextCursor}`,
      params: { slug: "cloud-engineer" },
    });
    const page2 = (await second.json()) as { items: { id: number }[] };
    expect(page2.items[0]!.id).toBeLessThan(page1.items[1]!.id);
  });

  it("searches names without caring about case or diacritics", async () => {
    const cookie = await sessionCookie(recruiter.id);
    await newApplication("Zoë Ångström");
    const res = await callStaff(listRoute.GET, {
      cookie,
      path: "/api/staff/jobs/cloud-engineer/applications?q=zoe%20angstrom",
      params: { slug: "cloud-engineer" },
    });
    const body = (await res.json()) as { items: { name: string }[] };
    expect(body.items.map((i) => i.name)).toEqual(["Zoë Ångström"]);
  });

  it("answers 403 to a hiring manager and 404 for an unknown job", async () => {
    const get = async (who: number, slug: string) =>
      callStaff(listRoute.GET, {
        cookie: await sessionCookie(who),
        path: `/api/staff/jobs/${slug}/applications`,
        params: { slug },
      });
    expect((await get(manager.id, "cloud-engineer")).status).toBe(403);
    expect((await get(recruiter.id, "no-such-job")).status).toBe(404);
  });
});
