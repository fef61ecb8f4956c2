import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { setOwnLocale } from "@/lib/users/locale";
import { apply, validFields } from "../helpers/intake";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

// Server actions find the acting user through the session; here we choose it per test.
const acting = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current", () => ({ currentActor: async () => acting.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { moveAction } = await import("@/app/staff/jobs/[slug]/actions");
const moveRoute = await import("@/app/api/staff/applications/[id]/move/route");

let t: TestData;
let sara: TestUser, rita: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [sara, rita] = await Promise.all([addUser(t.db, "recruiter", "Sara Svensson"), addUser(t.db, "recruiter")]);
  await setOwnLocale(sara, "sv");
}, 30_000);
afterAll(() => t.cleanup());

const newApplication = async () => ((await (await apply(validFields())).json()) as { id: number }).id;

describe("a command's refusal in the reader's language", () => {
  it("tells a Swedish recruiter in Swedish why the board refused a move, and an English one in English", async () => {
    const id = await newApplication();
    acting.actor = { ...sara, locale: "sv" };
    expect(await moveAction({ id, move: { to: "applied", version: 1 } })).toMatchObject({
      ok: false,
      error: "unprocessable",
      message: "Ansökan ligger redan i det här steget.",
    });
    acting.actor = { ...rita, locale: "en" };
    expect(await moveAction({ id, move: { to: "applied", version: 1 } })).toMatchObject({
      ok: false,
      message: "The application is already in this stage.",
    });
  });

  it("words the variable part too: a final application's status", async () => {
    const id = await newApplication();
    acting.actor = { ...sara, locale: "sv" };
    const feedback = "Thank you for your time; we need someone based in the EU for this role.";
    await moveAction({ id, move: { to: "rejected", version: 1, reason: "not_eu", feedback } });
    expect(await moveAction({ id, move: { to: "withdrawn", version: 2 } })).toMatchObject({
      ok: false,
      message: "Ansökan är redan avslagen.",
    });
  });

  it("keeps English for a user who chose no language when there is no browser to ask", async () => {
    const id = await newApplication();
    acting.actor = { ...rita, locale: null };
    expect(await moveAction({ id, move: { to: "applied", version: 1 } })).toMatchObject({
      message: "The application is already in this stage.",
    });
  });

  it("answers the JSON API in English with the same body and status, whatever the user's language", async () => {
    const id = await newApplication();
    const res = await callStaff(moveRoute.POST, {
      method: "POST",
      cookie: await sessionCookie(sara.id),
      params: { id: String(id) },
      body: { to: "applied", version: 1 },
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: "unprocessable", message: "The application is already in this stage." });
  });
});
