import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as usersRoute from "@/app/api/staff/users/route";
import { setOwnLocale } from "@/lib/users/locale";
import { jobFields } from "../helpers/jobs";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { createTestData, type TestData } from "../helpers/test-data";

// The request as a browser would send it: the session cookie (the user, and their language, are
// read from the database as in production) and the browser's Accept-Language.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createUserAction } = await import("@/app/staff/users/actions");
const { createJobAction } = await import("@/app/staff/jobs/actions");
const { addNoteAction } = await import("@/app/staff/applications/[id]/actions");

let t: TestData;
let svea: TestUser, browserSwede: TestUser, english: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [svea, browserSwede, english] = await Promise.all([
    addUser(t.db, "admin", "Svea"),
    addUser(t.db, "recruiter", "Sune"),
    addUser(t.db, "admin", "Edith"),
  ]);
  await setOwnLocale(svea, "sv");
  await setOwnLocale(english, "en");
}, 30_000);
afterAll(() => t.cleanup());

async function as(user: TestUser, acceptLanguage = "en-GB,en;q=0.8") {
  request.headers = new Headers({ cookie: await sessionCookie(user.id), "accept-language": acceptLanguage });
}

describe("field errors of the shared schemas in the staff user's language", () => {
  it("a user who chose Swedish gets Swedish field errors from a server action, whatever the browser says", async () => {
    await as(svea, "en-GB");
    expect(await createUserAction({ name: "", email: "x", role: "admin" })).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { name: "Fyll i ett namn.", email: "Fyll i en giltig e-postadress." },
    });
    const job = jobFields({
      salaryMin: 1,
      salaryMax: null,
      content: { ...jobFields().content, en: { ...jobFields().content.en, title: "" } },
    });
    expect(await createJobAction(job)).toMatchObject({
      ok: false,
      fieldErrors: {
        "content.en.title": "Titel: fyll i det här.",
        salaryMax: "Ange både lägsta och högsta lön, eller ingen av dem.",
      },
    });
  });

  it("a user who picked no language gets their browser's", async () => {
    await as(browserSwede, "sv-SE,sv;q=0.9,en;q=0.5");
    expect(await addNoteAction({ applicationId: 1, body: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { body: "Skriv något innan du sparar anteckningen." },
    });
    await as(browserSwede, "en-GB");
    expect(await addNoteAction({ applicationId: 1, body: "" })).toMatchObject({
      fieldErrors: { body: "Write something before saving the note." },
    });
  });

  it("a user who chose English keeps today's English word for word", async () => {
    await as(english, "sv-SE");
    expect(await createUserAction({ name: "", email: "x", role: "admin" })).toMatchObject({
      fieldErrors: { name: "Please enter a name.", email: "Please enter a valid email address." },
    });
  });

  it("the JSON API answers in English to a Swedish user", async () => {
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      path: "/api/staff/users",
      cookie: await sessionCookie(svea.id),
      body: { name: "", email: "x", role: "admin" },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalid",
      message: "Some fields are not valid.",
      errors: { name: "Please enter a name.", email: "Please enter a valid email address." },
    });
  });
});

describe("field errors of the lib/ commands in the staff user's language", () => {
  const taken = () => ({ name: "Sam Dup", email: english.email.toUpperCase(), role: "recruiter" as const });

  it("a Swedish user who adds a user with a taken email reads both lines in Swedish", async () => {
    await as(svea, "en-GB");
    expect(await createUserAction(taken())).toEqual({
      ok: false,
      error: "conflict",
      message: "Det finns redan en användare med den e-postadressen.",
      fieldErrors: { email: "Det finns redan en användare med den e-postadressen." },
    });
  });

  it("a Swedish user who gives a job a slug in use gets the slug's field error in Swedish", async () => {
    await as(svea, "en-GB");
    const first = jobFields({ slug: "svensk-adress" });
    expect(await createJobAction(first)).toMatchObject({ ok: true });
    expect(await createJobAction(first)).toMatchObject({
      ok: false,
      error: "conflict",
      fieldErrors: { slug: "En annan tjänst använder redan det adressnamnet. Välj ett annat." },
    });
  });

  it("an English user keeps today's English word for word", async () => {
    await as(english, "sv-SE");
    expect(await createUserAction(taken())).toMatchObject({
      message: "A user with this email already exists.",
      fieldErrors: { email: "A user with this email already exists." },
    });
  });

  it("the JSON API answers a Swedish user in English, with the same shape and status", async () => {
    const res = await callStaff(usersRoute.POST, {
      method: "POST",
      path: "/api/staff/users",
      cookie: await sessionCookie(svea.id),
      body: taken(),
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: "conflict",
      message: "A user with this email already exists.",
      errors: { email: "A user with this email already exists." },
    });
  });
});
