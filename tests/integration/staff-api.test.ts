import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import * as me from "@/app/api/staff/me/route";
import * as usersRoute from "@/app/api/staff/users/route";
import * as userRoute from "@/app/api/staff/users/[id]/route";
import * as passwordRoute from "@/app/api/staff/users/[id]/password/route";
import * as applicationRoute from "@/app/api/staff/applications/[id]/route";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let admin: TestUser, recruiter: TestUser, manager: TestUser, retired: TestUser, target: TestUser;
const cookies: Record<string, string> = {};
let applicationId: number;

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [admin, recruiter, manager, retired, target] = await Promise.all([
    addUser(t.db, "admin"),
    addUser(t.db, "recruiter"),
    addUser(t.db, "hiring_manager"),
    addUser(t.db, "recruiter"),
    addUser(t.db, "recruiter", "Target"),
  ]);
  for (const u of [admin, recruiter, manager, retired])
    cookies[u.role + (u === retired ? "-retired" : "")] = await sessionCookie(u.id);
  await t.db.write((tx) => tx.update(users).set({ active: false }).where(eq(users.id, retired.id)).run());
  applicationId = ((await (await apply(validFields())).json()) as { id: number }).id;
}, 60_000);
afterAll(() => t.cleanup());

const as = (who: "admin" | "recruiter" | "hiring_manager" | "recruiter-retired" | "nobody") =>
  who === "nobody" ? undefined : cookies[who];
const snapshot = async () => JSON.stringify(await t.db.read().select().from(users).all());

describe("GET /api/staff/me", () => {
  it.each([
    ["nobody", 401],
    ["recruiter-retired", 401],
    ["admin", 200],
    ["recruiter", 200],
    ["hiring_manager", 200],
  ] as const)("as %s answers %i", async (who, status) => {
    expect((await callStaff(me.GET, { cookie: as(who) })).status).toBe(status);
  });

  it("names the signed-in user and role", async () => {
    const body = await (await callStaff(me.GET, { cookie: as("hiring_manager") })).json();
    expect(body).toMatchObject({ id: manager.id, role: "hiring_manager", email: manager.email });
  });

  it("refuses a cookie that is not a valid session", async () => {
    expect((await callStaff(me.GET, { cookie: "authjs.session-token=forged" })).status).toBe(401);
  });
});

describe("user administration is for admins only", () => {
  it.each([
    ["nobody", 401],
    ["recruiter-retired", 401],
    ["recruiter", 403],
    ["hiring_manager", 403],
    ["admin", 200],
  ] as const)("GET /users as %s answers %i", async (who, status) => {
    expect((await callStaff(usersRoute.GET, { cookie: as(who) })).status).toBe(status);
  });

  it.each([
    ["nobody", 401],
    ["recruiter-retired", 401],
    ["recruiter", 403],
    ["hiring_manager", 403],
  ] as const)("POST /users as %s answers %i and adds nobody", async (who, status) => {
    const before = await snapshot();
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: as(who),
      body: { name: "X", email: "x@example.com", role: "admin" },
    });
    expect(res.status).toBe(status);
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ["nobody", 401],
    ["recruiter", 403],
    ["hiring_manager", 403],
  ] as const)("PATCH /users/{id} as %s answers %i and changes nothing", async (who, status) => {
    const before = await snapshot();
    const res = await callStaff(userRoute.PATCH, {
      method: "PATCH",
      cookie: as(who),
      params: { id: String(target.id) },
      body: { role: "admin" },
    });
    expect(res.status).toBe(status);
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ["nobody", 401],
    ["recruiter", 403],
    ["hiring_manager", 403],
  ] as const)("POST /users/{id}/password as %s answers %i and changes nothing", async (who, status) => {
    const before = await snapshot();
    const res = await callStaff(passwordRoute.POST, {
      method: "POST",
      cookie: as(who),
      params: { id: String(target.id) },
    });
    expect(res.status).toBe(status);
    expect(await snapshot()).toBe(before);
  });

  it("lets an admin add a user, answering 201 with a one-time password, and refuses a duplicate email", async () => {
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: as("admin"),
      body: { name: "Nina", email: "Nina@Example.com", role: "hiring_manager" },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: { email: string; role: string }; password: string };
    expect(body.user.role).toBe("hiring_manager");
    expect(body.password).toMatch(/^[A-Za-z0-9]{16}$/);
    const again = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: as("admin"),
      body: { name: "Nina", email: "nina@example.com", role: "recruiter" },
    });
    expect(again.status).toBe(409);
  });

  it("answers 400 with field messages for a bad new user", async () => {
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: as("admin"),
      body: { name: "", email: "nope", role: "boss" },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { errors: object }).errors).sort()).toEqual(["email", "name", "role"]);
  });

  it("answers 404 for a user that does not exist", async () => {
    const res = await callStaff(userRoute.PATCH, {
      method: "PATCH",
      cookie: as("admin"),
      params: { id: "99999" },
      body: { active: false },
    });
    expect(res.status).toBe(404);
  });
});

describe("changing a user ends their sessions on the next request", () => {
  it("a role change signs the user out", async () => {
    const user = await addUser(t.db, "recruiter");
    const cookie = await sessionCookie(user.id);
    expect((await callStaff(me.GET, { cookie })).status).toBe(200);
    const res = await callStaff(userRoute.PATCH, {
      method: "PATCH",
      cookie: as("admin"),
      params: { id: String(user.id) },
      body: { role: "hiring_manager" },
    });
    expect(res.status).toBe(200);
    expect((await callStaff(me.GET, { cookie })).status).toBe(401);
  });

  it("deactivation signs the user out", async () => {
    const user = await addUser(t.db, "hiring_manager");
    const cookie = await sessionCookie(user.id);
    await callStaff(userRoute.PATCH, {
      method: "PATCH",
      cookie: as("admin"),
      params: { id: String(user.id) },
      body: { active: false },
    });
    expect((await callStaff(me.GET, { cookie })).status).toBe(401);
  });

  it("a password reset signs the user out and returns the new password once", async () => {
    const user = await addUser(t.db, "recruiter");
    const cookie = await sessionCookie(user.id);
    const res = await callStaff(passwordRoute.POST, {
      method: "POST",
      cookie: as("admin"),
      params: { id: String(user.id) },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { password: string }).password).toHaveLength(16);
    expect((await callStaff(me.GET, { cookie })).status).toBe(401);
  });

  it("refuses to deactivate or demote the last admin", async () => {
    const res = await callStaff(userRoute.PATCH, {
      method: "PATCH",
      cookie: as("admin"),
      params: { id: String(admin.id) },
      body: { role: "recruiter" },
    });
    expect(res.status).toBe(409);
  });
});

describe("GET /api/staff/applications/{id}", () => {
  it.each([
    ["nobody", 401],
    ["recruiter-retired", 401],
    ["hiring_manager", 404],
    ["recruiter", 200],
    ["admin", 200],
  ] as const)("as %s answers %i", async (who, status) => {
    const res = await callStaff(applicationRoute.GET, { cookie: as(who), params: { id: String(applicationId) } });
    expect(res.status).toBe(status);
  });

  it("returns id, stage, status and version", async () => {
    const res = await callStaff(applicationRoute.GET, {
      cookie: as("recruiter"),
      params: { id: String(applicationId) },
    });
    expect(await res.json()).toMatchObject({ id: applicationId, stage: "applied", status: "active", version: 1 });
  });

  it("answers 404 for an application that does not exist, or a malformed id", async () => {
    for (const id of ["999999", "abc", "1e3"]) {
      expect((await callStaff(applicationRoute.GET, { cookie: as("admin"), params: { id } })).status).toBe(404);
    }
  });
});

describe("cross-site requests are refused", () => {
  it("refuses a state change from another origin", async () => {
    const before = await snapshot();
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: as("admin"),
      origin: "https://evil.example",
      body: { name: "Y", email: "y@example.com", role: "admin" },
    });
    expect(res.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a state change with a session cookie but no Origin", async () => {
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      cookie: as("admin"),
      origin: null,
      body: { name: "Y", email: "y@example.com", role: "admin" },
    });
    expect(res.status).toBe(403);
  });
});
