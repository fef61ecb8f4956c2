import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cvTexts, files, interviewers, interviews, stages } from "@/db/schema";
import { getBoard, listApplications } from "@/lib/applications/board";
import { addNote } from "@/lib/applications/notes";
import { anonymiseApplications } from "@/lib/privacy/anonymise";
import { searchApplications } from "@/lib/search/search-applications";
import { byCandidate, bySystem } from "@/lib/events/record";
import { exportByToken } from "@/lib/candidates/self-service";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET } from "../helpers/staff";
import * as searchRoute from "@/app/api/staff/search/route";
import { apply, validFields } from "../helpers/intake";

/**
 * Searching CVs' text with names, emails and notes, on the board, the list API and /staff/search.
 * Each CV's text is stored as the background runner stores it (tests/integration/cv-text.test.ts
 * reads real documents); the index behind it is the backend's own (FTS5 or tsvector).
 */
let t: TestData;
let recruiter: Actor;
let manager: Actor;
const ids = { ingrid: 0, nils: 0, once: 0, tenTimes: 0, karin: 0 };

const filler = "Worked on backups, monitoring, networking and on-call rotations for many teams. ".repeat(8);
const tokens = new Map<number, string>();
async function candidateWithCv(fullName: string, text: string): Promise<number> {
  const res = await apply({ ...validFields(), fullName });
  expect(res.status).toBe(201);
  const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
  tokens.set(id, statusUrl.split("/status/")[1]!);
  const file = (await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())!;
  await t.db.write(async (tx) => {
    await tx.update(files).set({ textState: "text" }).where(eq(files.id, file.id)).run();
    await tx.insert(cvTexts).values({ fileId: file.id, applicationId: id, body: text, extractedAt: new Date() }).run();
  });
  return id;
}
const search = async (q: string, who: Actor = recruiter) =>
  (await searchApplications(who, { q })).hits.map((h) => h.id);
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter");
  manager = await addUser(t.db, "hiring_manager");
  ids.ingrid = await candidateWithCv(
    "Ingrid Bergström",
    `Storage engineer in Göteborg. Ran Ceph and Rook on Kubernetes; migrerade lagringssystemen. I led the interview loop. <script>alert(1)</script> ${filler}`,
  );
  ids.nils = await candidateWithCv(
    "Nils Holm",
    `Rook operator upgrades, then Ceph dashboards. Interviews with customers. ${filler}`,
  );
  ids.once = await candidateWithCv("Olle Once", `${filler} We evaluated ceph for a quarter. ${filler}`);
  ids.tenTimes = await candidateWithCv(
    "Tove Tiotal",
    `${filler} ${Array.from({ length: 10 }, (_, i) => `Ceph cluster ${i + 1} rebuilt.`).join(" ")} ${filler}`,
  );
  ids.karin = await candidateWithCv("Karin Café", `Frontend developer. React, TypeScript and café culture. ${filler}`);
}, 60_000);
afterAll(() => t.cleanup());

describe("searching CVs", () => {
  it("finds a word in the CV, by its stem in English and in Swedish and as a prefix", async () => {
    expect(sorted(await search("interviews"))).toEqual(sorted([ids.ingrid, ids.nils]));
    expect(sorted(await search("interview"))).toEqual(sorted([ids.ingrid, ids.nils]));
    expect(await search("lagringssystem")).toEqual([ids.ingrid]);
    expect(await search("lagringssystemen")).toEqual([ids.ingrid]);
    expect(sorted(await search("kube"))).toEqual([ids.ingrid]);
  });

  it("folds accents both ways, in the CV and in the name", async () => {
    expect(await search("goteborg")).toEqual([ids.ingrid]);
    expect(await search("GÖTEBORG")).toEqual([ids.ingrid]);
    expect(await search("bergstrom")).toEqual([ids.ingrid]);
    expect(await search("cafe culture")).toEqual([ids.karin]);
  });

  it("needs every word, keeps a quoted phrase's words in order, and leaves out -excluded words", async () => {
    expect(sorted(await search("ceph rook"))).toEqual(sorted([ids.ingrid, ids.nils]));
    expect(await search('"ceph and rook"')).toEqual([ids.ingrid]);
    expect(await search('"rook and ceph"')).toEqual([]);
    expect(await search("ceph rook -kubernetes")).toEqual([ids.nils]);
    expect(await search('ceph -"rook operator"')).not.toContain(ids.nils);
  });

  it("ranks a CV that says Ceph ten times before one that says it once", async () => {
    const order = await search("ceph");
    expect(order.indexOf(ids.tenTimes)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(ids.tenTimes)).toBeLessThan(order.indexOf(ids.once));
  });

  it("shows where it matched, escaped, with only <mark> as markup", async () => {
    const hit = (await searchApplications(recruiter, { q: "rook alert" })).hits.find((h) => h.id === ids.ingrid)!;
    expect(hit.snippet).toContain("<mark>Rook</mark>");
    expect(hit.snippet).toContain("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;");
    expect(hit.snippet!.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("finds CV words on the board and in the list API, each card with its snippet", async () => {
    const board = await getBoard(recruiter, "cloud-engineer", { q: "ceph rook" });
    const cards = board.stages.flatMap((s) => s.cards);
    expect(sorted(cards.map((c) => c.id))).toEqual(sorted([ids.ingrid, ids.nils]));
    expect(cards.every((c) => c.snippet?.includes("<mark>"))).toBe(true);
    const list = await listApplications(recruiter, "cloud-engineer", { q: "ceph -kubernetes" });
    expect(list.items.map((c) => c.id)).not.toContain(ids.ingrid);
    expect(list.items.map((c) => c.id)).toContain(ids.nils);
  });

  it("finds names, emails and notes as before, with a note's snippet when the CV does not match", async () => {
    await addNote(recruiter, ids.karin, "Strong on accessibility audits");
    const hits = (await searchApplications(recruiter, { q: "accessibility" })).hits;
    expect(hits.map((h) => h.id)).toEqual([ids.karin]);
    expect(hits[0]!.snippet).toContain("<mark>accessibility</mark>");
    expect(await search("nils holm")).toEqual([ids.nils]);
  });

  it("pages through more matches than a page holds: every match once, the best first", async () => {
    const many: number[] = [];
    // The first says the word most often, so it ranks first; the rest say it once.
    for (let i = 0; i < 27; i++)
      many.push(
        await candidateWithCv(`Zara Page${i}`, `${"Zanzibar harbour cranes. ".repeat(i === 0 ? 6 : 1)}${filler}`),
      );
    const first = await searchApplications(recruiter, { q: "zanzibar" });
    const second = await searchApplications(recruiter, { q: "zanzibar", page: 2 });
    expect(first.hits).toHaveLength(25);
    expect(first.hasMore).toBe(true);
    expect(second.hits).toHaveLength(2);
    expect(second.hasMore).toBe(false);
    expect(first.hits[0]!.id).toBe(many[0]);
    const seen = [...first.hits, ...second.hits].map((h) => h.id);
    expect(new Set(seen).size).toBe(27);
    expect(sorted(seen)).toEqual(sorted(many));
    expect((await searchApplications(recruiter, { q: "zanzibar", page: 3 })).hits).toEqual([]);
  });

  it("ranks only the newest matches when more match than it ranks, and says so", async () => {
    // The oldest says the word most often: first when every match is ranked, left out when only
    // the newest three are (on PostgreSQL the first way finds them among the newest documents, the
    // second by the index; both are taken here).
    const quokkas: number[] = [];
    for (let i = 0; i < 4; i++)
      quokkas.push(await candidateWithCv(`Quinn Q${i}`, `${"Quokka wrangling. ".repeat(i === 0 ? 6 : 1)}${filler}`));
    const capped = await searchApplications(recruiter, { q: "quokka" }, { matches: 3 });
    expect(capped.moreThan).toBe(3);
    expect(capped.hasMore).toBe(false);
    expect(sorted(capped.hits.map((h) => h.id))).toEqual(sorted(quokkas.slice(1)));
    const all = await searchApplications(recruiter, { q: "quokka" }, { matches: 4 });
    expect(all.moreThan).toBeNull();
    expect(all.hits[0]!.id).toBe(quokkas[0]);
    expect(sorted(all.hits.map((h) => h.id))).toEqual(sorted(quokkas));
    const usual = await searchApplications(recruiter, { q: "quokka" });
    expect(usual.moreThan).toBeNull();
    expect(usual.hits.map((h) => h.id)).toEqual(all.hits.map((h) => h.id));
  });

  it("answers GET /api/staff/search with ranked hits and snippets, and 400 naming a bad page", async () => {
    const cookie = await sessionCookie(recruiter.id);
    const res = await callStaff(searchRoute.GET, { path: "/api/staff/search?q=ceph+rook", cookie });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      query: string;
      page: number;
      hasMore: boolean;
      hits: { id: number; job: { slug: string; title: string }; snippet: string }[];
    };
    expect(body).toMatchObject({ query: "ceph rook", page: 1, hasMore: false, moreThan: null });
    expect(sorted(body.hits.map((h) => h.id))).toEqual(sorted([ids.ingrid, ids.nils]));
    expect(body.hits[0]).toMatchObject({
      job: { slug: "cloud-engineer", title: "Cloud Engineer" },
      snippet: expect.stringContaining("<mark>"),
    });
    const bad = await callStaff(searchRoute.GET, { path: "/api/staff/search?q=ceph&page=0", cookie });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("page");
  });

  it("shows a hiring manager only the applications they interview for", async () => {
    expect(await search("ceph", manager)).toEqual([]);
    const stage = (await t.db.read().select().from(stages).where(eq(stages.key, "initial_call")).get())!;
    const interview = await t.db.write((tx) =>
      tx
        .insert(interviews)
        .values({
          applicationId: ids.nils,
          stageId: stage.id,
          kind: "technical",
          createdByUserId: recruiter.id,
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning()
        .get(),
    );
    await t.db.write((tx) => tx.insert(interviewers).values({ interviewId: interview.id, userId: manager.id }).run());
    expect(await search("ceph", manager)).toEqual([ids.nils]);
    await t.db.write((tx) =>
      tx.update(interviews).set({ cancelledAt: new Date() }).where(eq(interviews.id, interview.id)).run(),
    );
    expect(await search("ceph", manager)).toEqual([]);
    await expect(searchApplications(null, { q: "ceph" })).rejects.toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
  });

  it("puts the CV's text in the candidate's export", async () => {
    const data = (await exportByToken(tokens.get(ids.karin)!)) as { cv: { text: string | null } };
    expect(data.cv.text).toContain("Frontend developer. React, TypeScript and café culture.");
  });

  it("forgets the CV text of an application retention anonymises", async () => {
    expect(await search("quarter")).toEqual([ids.once]);
    await anonymiseApplications([ids.once], { actor: bySystem("retention"), kind: "anonymised" });
    expect(await search("quarter")).toEqual([]);
    expect(await t.db.read().select().from(cvTexts).where(eq(cvTexts.applicationId, ids.once)).all()).toEqual([]);
  });

  it("forgets an erased candidate's CV text: gone from the table and from the index", async () => {
    expect(await search("goteborg")).toEqual([ids.ingrid]);
    await anonymiseApplications([ids.ingrid], { actor: byCandidate, kind: "erased" });
    expect(await search("goteborg")).toEqual([]);
    expect(await search("lagringssystemen")).toEqual([]);
    expect(await t.db.read().select().from(cvTexts).where(eq(cvTexts.applicationId, ids.ingrid)).all()).toEqual([]);
  });
});
