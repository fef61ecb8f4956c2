import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, applicationTags, notes, users } from "@/db/schema";
import * as cvRoute from "@/app/api/staff/applications/[id]/cv/route";
import { getApplicationDetail } from "@/lib/applications/detail";
import * as notesLib from "@/lib/applications/notes";
import * as tagsLib from "@/lib/applications/tags";
import type { Actor } from "@/lib/auth/permissions";
import { noteInput, tagInput } from "@/lib/validations/notes";
import { parseOrThrow } from "@/lib/validations/parse";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { PDF } from "../helpers/files";
import { apply, validFields } from "../helpers/intake";

let t: TestData;
let admin: TestUser, recruiter: TestUser, manager: TestUser, maja: TestUser;
let withCv: number, withoutCv: number;

async function newApplication(fields: Record<string, string | Blob | undefined>): Promise<number> {
  const res = await apply({ ...validFields(), ...fields });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  [admin, recruiter, manager] = await Promise.all([
    addUser(t.db, "admin", "Erika Admin"),
    addUser(t.db, "recruiter", "Rasmus Recruiter"),
    addUser(t.db, "hiring_manager", "Hanna Manager"),
  ]);
  maja = await addUser(t.db, "recruiter", "Maja Lind");
  await t.db.write((tx) =>
    tx
      .update(users)
      .set({ email: "Maja.Lind@example.com", emailKey: "maja.lind@example.com" })
      .where(eq(users.id, maja.id))
      .run(),
  );
  withCv = await newApplication({
    fullName: "Ζωή Παπαδοπούλου",
    note: "<script>alert(1)</script> Hej!",
    showSkills: "A small project",
    source: "github",
    futureRolesConsent: "true",
    cv: new File([PDF], "Åsa Öberg – CV.pdf", { type: "application/pdf" }),
  });
  withoutCv = await newApplication({ cv: undefined, linkedinUrl: "https://www.linkedin.com/in/asa" });
}, 60_000);
afterAll(() => t.cleanup());

const events = (id: number, kind: string) =>
  t.db
    .read()
    .select()
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.kind, kind)))
    .all();

describe("getApplicationDetail", async () => {
  it("gives recruiters and admins the candidate, answers, consents, CV and timeline exactly as stored", async () => {
    for (const who of [recruiter, admin]) {
      const d = await getApplicationDetail(who, withCv);
      expect(d).toMatchObject({ id: withCv, job: { slug: "cloud-engineer" }, status: "active", version: 1 });
      expect(d.candidate).toMatchObject({ name: "Ζωή Παπαδοπούλου", country: "SE", countryName: "Sweden" });
      expect(d.answers).toEqual({
        note: "<script>alert(1)</script> Hej!",
        showSkills: "A small project",
        source: "github",
        locale: "en",
      });
      expect(d.consents.map((c) => c.kind)).toEqual(["privacy_notice", "future_roles"]);
      expect(d.consents[0]!.text.length).toBeGreaterThan(20);
      expect(d.cv).toEqual({ name: "Åsa Öberg – CV.pdf", size: PDF.length, type: "pdf", text: { state: "pending" } });
      expect(d.timeline[0]).toMatchObject({
        kind: "applied",
        actor: "Candidate",
        description: "Applied with a CV",
        toStage: d.stageName,
      });
      expect(d.colleagues.map((c) => c.handle)).toContain("maja.lind");
    }
  });

  it("shows the links, no CV, and the rejection with the words kept for the candidate", async () => {
    await t.db.write((tx) =>
      tx
        .update(applications)
        .set({
          status: "rejected",
          rejectionReason: "not_eu",
          candidateFeedback: "Thank you, we need someone in the EU.",
        })
        .where(eq(applications.id, withoutCv))
        .run(),
    );
    const d = await getApplicationDetail(recruiter, withoutCv);
    expect(d.cv).toBeNull();
    expect(d.candidate.links).toEqual([
      { kind: "linkedin", label: "LinkedIn", url: "https://www.linkedin.com/in/asa" },
    ]);
    expect(d.rejection).toEqual({
      reason: "not_eu",
      reasonLabel: "Not based in the EU",
      feedback: "Thank you, we need someone in the EU.",
    });
    await t.db.write((tx) =>
      tx
        .update(applications)
        .set({ status: "active", rejectionReason: null, candidateFeedback: null })
        .where(eq(applications.id, withoutCv))
        .run(),
    );
  });

  it("answers not_found to a hiring manager who is not assigned, and for a missing id", async () => {
    await expect(getApplicationDetail(manager, withCv)).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
    await expect(getApplicationDetail(admin, 999_999)).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("answers unauthorized when signed out", async () => {
    await expect(getApplicationDetail(null, withCv)).rejects.toThrow(expect.objectContaining({ code: "unauthorized" }));
  });
});

// The commands take parsed input; these parse with the form's own schema first, as the actions do.
// Async, so that the schema's refusal rejects like the command's own.
const addNote = async (actor: Actor | null, id: number, body: string) =>
  notesLib.addNote(actor, id, parseOrThrow(noteInput, { body }).body);
const editNote = async (actor: Actor | null, id: number, body: string) =>
  notesLib.editNote(actor, id, parseOrThrow(noteInput, { body }).body);
const addTag = async (actor: Actor | null, id: number, tag: string) =>
  tagsLib.addTag(actor, id, parseOrThrow(tagInput, { tag }).tag);
const removeTag = async (actor: Actor | null, id: number, tag: string) =>
  tagsLib.removeTag(actor, id, parseOrThrow(tagInput, { tag }).tag);

describe("notes", () => {
  it("adds a note with mentions by handle or full email, searchable folded text, and an event in the timeline", async () => {
    const note = await addNote(
      recruiter,
      withCv,
      "  Strong Öberg-style CV; @maja.lind and @ADMIN." + ` cc @${admin.email} @nobody  `,
    );
    expect(note.body).toBe(`Strong Öberg-style CV; @maja.lind and @ADMIN. cc @${admin.email} @nobody`);
    expect(note.mentions).toEqual([maja.id, admin.id]);
    const row = (await t.db.read().select().from(notes).where(eq(notes.id, note.id)).get())!;
    expect(row.searchText).toContain("oberg-style");
    expect(row.authorUserId).toBe(recruiter.id);
    expect(await events(withCv, "note_added")).toEqual([
      expect.objectContaining({ actorType: "user", actorUserId: recruiter.id, data: { noteId: note.id } }),
    ]);
    const d = await getApplicationDetail(recruiter, withCv);
    expect(d.notes.at(-1)).toMatchObject({
      id: note.id,
      author: "Rasmus Recruiter",
      mentions: ["Maja Lind", "Erika Admin"],
      editable: true,
    });
    expect((await getApplicationDetail(admin, withCv)).notes.at(-1)?.editable).toBe(false);
    expect(d.timeline[0]).toMatchObject({ kind: "note_added", actor: "Rasmus Recruiter", description: "Added a note" });
  });

  it("does not mention someone whose email merely appears in the text, or a deactivated colleague", async () => {
    const gone = await t.db.write((tx) =>
      tx
        .insert(users)
        .values({
          name: "Gone",
          email: "gone@example.com",
          emailKey: "gone@example.com",
          role: "recruiter",
          passwordHash: "x",
          active: false,
          updatedAt: new Date(),
        })
        .returning()
        .get(),
    );
    const note = await addNote(admin, withCv, "write to maja.lind@example.com, not @gone");
    expect(note.mentions).toEqual([]);
    expect(gone.active).toBe(false);
  });

  it("lets the author edit their own note, refreshing mentions, search text and the timeline", async () => {
    const { id } = await addNote(recruiter, withCv, "first draft");
    const edited = await editNote(recruiter, id, "Second thoughts, ask @maja.lind");
    expect(edited.mentions).toEqual([maja.id]);
    const row = (await t.db.read().select().from(notes).where(eq(notes.id, id)).get())!;
    expect(row).toMatchObject({
      body: "Second thoughts, ask @maja.lind",
      searchText: "second thoughts, ask @maja.lind",
    });
    expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(row.createdAt.getTime());
    expect(
      (await events(withCv, "note_edited")).some((e) => e.actorUserId === recruiter.id && e.data?.noteId === id),
    ).toBe(true);
  });

  it("refuses editing someone else's note, and invalid or unseen input, changing nothing", async () => {
    const { id } = await addNote(recruiter, withCv, "mine");
    const before = JSON.stringify(await t.db.read().select().from(notes).all());
    await expect(editNote(admin, id, "hijacked")).rejects.toThrow(expect.objectContaining({ code: "forbidden" }));
    await expect(editNote(recruiter, id, "   ")).rejects.toThrow(expect.objectContaining({ code: "invalid" }));
    await expect(addNote(recruiter, withCv, "x".repeat(5001))).rejects.toThrow(
      expect.objectContaining({ code: "invalid" }),
    );
    await expect(addNote(manager, withCv, "hello")).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
    await expect(addNote(null, withCv, "hello")).rejects.toThrow(expect.objectContaining({ code: "unauthorized" }));
    await expect(editNote(recruiter, 999_999, "hello")).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
    expect(JSON.stringify(await t.db.read().select().from(notes).all())).toBe(before);
  });
});

describe("tags", () => {
  const tagsOf = async (id: number) =>
    (await t.db.read().select().from(applicationTags).where(eq(applicationTags.applicationId, id)).all()).map(
      (r) => r.tag,
    );

  it("normalises, adds once, and records one event", async () => {
    expect(await addTag(recruiter, withCv, "  Strong  Kubernetes ")).toEqual({
      applicationId: withCv,
      tag: "strong-kubernetes",
      changed: true,
    });
    expect(await addTag(admin, withCv, "strong kubernetes")).toMatchObject({ changed: false });
    expect(await addTag(recruiter, withCv, "Ärlig_Åsa")).toMatchObject({ tag: "ärlig_åsa" });
    expect((await tagsOf(withCv)).sort()).toEqual(["strong-kubernetes", "ärlig_åsa"]);
    expect((await events(withCv, "tag_added")).map((e) => e.data)).toEqual([
      { tag: "strong-kubernetes" },
      { tag: "ärlig_åsa" },
    ]);
    expect((await getApplicationDetail(recruiter, withCv)).tags).toEqual(["strong-kubernetes", "ärlig_åsa"]);
  });

  it("removes a tag with an event, and removing it again changes nothing", async () => {
    expect(await removeTag(recruiter, withCv, "Strong Kubernetes")).toMatchObject({ changed: true });
    expect(await removeTag(recruiter, withCv, "strong-kubernetes")).toMatchObject({ changed: false });
    expect(await tagsOf(withCv)).toEqual(["ärlig_åsa"]);
    expect(await events(withCv, "tag_removed")).toEqual([
      expect.objectContaining({ actorUserId: recruiter.id, data: { tag: "strong-kubernetes" } }),
    ]);
    expect((await getApplicationDetail(admin, withCv)).timeline[0]).toMatchObject({
      description: "Removed the tag “strong-kubernetes”",
      actor: "Rasmus Recruiter",
    });
  });

  it("refuses invalid tags and people who may not see the application", async () => {
    for (const bad of ["", "   ", "a".repeat(41), "no<html>", "semi;colon"]) {
      await expect(addTag(recruiter, withCv, bad)).rejects.toThrow(expect.objectContaining({ code: "invalid" }));
    }
    await expect(addTag(manager, withCv, "ok")).rejects.toThrow(expect.objectContaining({ code: "not_found" }));
    await expect(removeTag(null, withCv, "ok")).rejects.toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(await tagsOf(withCv)).toEqual(["ärlig_åsa"]);
  });
});

describe("GET /api/staff/applications/{id}/cv", () => {
  const get = async (who: TestUser | null, id: number, query = "") =>
    callStaff(cvRoute.GET, {
      cookie: who ? await sessionCookie(who.id) : undefined,
      params: { id: String(id) },
      path: `/api/staff/applications/${id}/cv${query}`,
    });

  it("serves the file to a recruiter as an attachment with the detected type and no sniffing", async () => {
    const res = await get(recruiter, withCv);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-length")).toBe(String(PDF.length));
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="Asa Oberg _ CV.pdf"; filename*=UTF-8''%C3%85sa%20%C3%96berg%20%E2%80%93%20CV.pdf`,
    );
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("serves a PDF inline, sandboxed by its own CSP, only when asked", async () => {
    const res = await get(admin, withCv, "?inline=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^inline; filename="Asa Oberg _ CV\.pdf"; filename\*=UTF-8''/,
    );
    expect(res.headers.get("content-security-policy")).toBe(
      "sandbox; default-src 'none'; object-src 'self'; frame-ancestors 'self'",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("answers 404 to an unassigned hiring manager, 401 signed out, 404 without a CV or application", async () => {
    expect((await get(manager, withCv)).status).toBe(404);
    expect((await get(null, withCv)).status).toBe(401);
    expect((await get(recruiter, withoutCv)).status).toBe(404);
    expect((await get(recruiter, 999_999)).status).toBe(404);
    expect(
      (await callStaff(cvRoute.GET, { cookie: await sessionCookie(recruiter.id), params: { id: "1;drop" } })).status,
    ).toBe(404);
  });
});
