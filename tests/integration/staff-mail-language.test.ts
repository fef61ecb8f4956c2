import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import * as interviewsRoute from "@/app/api/staff/applications/[id]/interviews/route";
import { sessionFromHeaders } from "@/lib/auth/actor";
import { moveApplication } from "@/lib/applications/move-application";
import { setOwnLocale } from "@/lib/users/locale";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let recruiter: TestUser, sara: TestUser, ed: TestUser;

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, PUBLIC_URL: "https://jobs.example.com" });
  [recruiter, sara, ed] = await Promise.all([
    addUser(t.db, "recruiter", "Rita Recruiter"),
    addUser(t.db, "hiring_manager", "Sara Svensson"),
    addUser(t.db, "hiring_manager", "Ed English"),
  ]);
}, 30_000);
afterAll(() => t.cleanup());

async function planInterview(): Promise<number> {
  const res = await apply({ ...validFields(), fullName: "Kim Kandidat" });
  const id = ((await res.json()) as { id: number }).id;
  await moveApplication(recruiter, id, { to: "technical_interviews", version: 1 });
  const planned = await callStaff(interviewsRoute.POST, {
    method: "POST",
    cookie: await sessionCookie(recruiter.id),
    params: { id: String(id) },
    body: { kind: "system_design", interviewers: [sara.email, ed.email], startsAt: "2026-12-01T09:00:00Z" },
  });
  expect(planned.status).toBe(201);
  return id;
}

const mailTo = async (applicationId: number, to: string) =>
  (await t.db
    .read()
    .select()
    .from(outbox)
    .where(and(eq(outbox.applicationId, applicationId), eq(outbox.toAddress, to)))
    .get())!;

describe("staff emails in the recipient's language", () => {
  it("a user's chosen language is stored and reaches their session", async () => {
    await setOwnLocale(sara, "sv");
    const cookie = await sessionCookie(sara.id);
    const signedIn = await sessionFromHeaders(new Headers({ cookie }));
    expect(signedIn?.actor.locale).toBe("sv");
  });

  it("the interview notice goes out in Swedish to a Swedish user and in English to a user without a choice", async () => {
    const id = await planInterview();
    const swedish = await mailTo(id, sara.email);
    expect(swedish.subject).toBe("Intervju: Kim Kandidat (Systemdesign)");
    expect(swedish.text).toContain("Hej Sara!");
    expect(swedish.text).toContain("Du ska intervjua Kim Kandidat");
    expect(swedish.text).toContain("(svensk tid)");
    expect(swedish.html).toContain('<html lang="sv">');
    expect(swedish.attachments?.[0]?.content).toContain("SUMMARY:Intervju: Kim Kandidat");
    const english = await mailTo(id, ed.email);
    expect(english.subject).toBe("Interview: Kim Kandidat (System design)");
    expect(english.text).toContain("You are an interviewer for Kim Kandidat");
    expect(english.html).toContain('<html lang="en">');
  });

  it("choosing to follow the browser again sends English", async () => {
    await setOwnLocale(sara, null);
    const id = await planInterview();
    expect((await mailTo(id, sara.email)).subject).toBe("Interview: Kim Kandidat (System design)");
  });

  it("refuses a signed-out caller", async () => {
    await expect(setOwnLocale(null, "sv")).rejects.toMatchObject({ code: "unauthorized" });
  });
});
