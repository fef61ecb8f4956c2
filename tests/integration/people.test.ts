import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicationEvents,
  applications,
  applicationTags,
  candidateMerges,
  candidates,
  consentRenewals,
  consents,
  files,
  interviewers,
  interviews,
  notes,
  outbox,
  stages,
} from "@/db/schema";
import * as duplicatesRoute from "@/app/api/staff/duplicates/route";
import * as mergesRoute from "@/app/api/staff/merges/route";
import * as undoRoute from "@/app/api/staff/merges/[id]/undo/route";
import * as talentRoute from "@/app/api/staff/talent/route";
import * as invitesRoute from "@/app/api/staff/talent/invites/route";
import * as consentRoute from "@/app/api/consent/[token]/route";
import * as statusConsentRoute from "@/app/api/status/[token]/consent/route";
import * as eraseRoute from "@/app/api/status/[token]/erase/route";
import * as eraseAllRoute from "@/app/api/status/[token]/erase-all/route";
import { addNote } from "@/lib/applications/notes";
import { addTag } from "@/lib/applications/tags";
import { createJob, setJobStatus } from "@/lib/jobs/save-job";
import { fillPersonKeys } from "@/lib/people/backfill";
import { runConsentRenewals } from "@/lib/people/consent-renewal";
import { alsoApplied, alsoAppliedCounts } from "@/lib/people/same-person";
import { talentPool } from "@/lib/people/talent-pool";
import { runRetention } from "@/lib/privacy/retention";
import { transitionApplication } from "@/lib/applications/transition";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";
import { jobData } from "../helpers/jobs";

const DAY = 24 * 60 * 60 * 1000;
let t: TestData;
let recruiter: TestUser;
let manager: TestUser;
let cookie: string;
const other = jobData({ slug: "storage-engineer" });

beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET, RETENTION_DAYS: "730" });
  recruiter = await addUser(t.db, "recruiter", "Rita Recruiter");
  manager = await addUser(t.db, "hiring_manager", "Harry Manager");
  cookie = await sessionCookie(recruiter.id);
  await createJob(recruiter, other);
  await setJobStatus(recruiter, other.slug, "open");
});
afterAll(() => t.cleanup());

let serial = 0;
async function applyAs(extra: Record<string, string>, slug = "cloud-engineer") {
  const n = `${++serial}-${Date.now() % 100000}`;
  const res = await apply({ ...validFields(), email: `person-${n}@example.com`, ...extra }, { slug });
  expect(res.status).toBe(201);
  const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
  const row = (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
  return { id, candidateId: row.candidateId, token: statusUrl.split("/status/")[1]! };
}

type H = (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>;
const candidatePost = (handler: H, token: string, body?: Record<string, string>) =>
  handler(
    new Request(`http://localhost/api/x/${token}`, {
      method: "POST",
      headers: { "x-rekry-client-ip": "10.9.0.1", "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    }),
    { params: Promise.resolve({ token }) },
  );

async function counts() {
  const r = t.db.read();
  const n = async (q: Promise<{ n: number } | undefined>) => (await q)!.n;
  return {
    applications: await n(r.select({ n: count() }).from(applications).get()),
    candidates: await n(r.select({ n: count() }).from(candidates).get()),
    notes: await n(r.select({ n: count() }).from(notes).get()),
    tags: await n(r.select({ n: count() }).from(applicationTags).get()),
    consents: await n(r.select({ n: count() }).from(consents).get()),
    files: await n(r.select({ n: count() }).from(files).get()),
  };
}

describe("one person across jobs", () => {
  it("offers a different email with the same name and the phone in three formats as possible duplicates", async () => {
    const name = `Petra Phonesson ${serial}`;
    const a = await applyAs({ fullName: name, phone: "+46 70-123 45 67" });
    const b = await applyAs({ fullName: name, phone: "070 123 45 67" }, other.slug);
    const c = await applyAs({ fullName: name, phone: "0046701234567" });
    const stranger = await applyAs({ fullName: "Someone Else", phone: "070 123 45 67" });
    const keys = await t.db
      .read()
      .select({ k: candidates.phoneKey })
      .from(candidates)
      .where(inArray(candidates.id, [a.candidateId, b.candidateId, c.candidateId]))
      .all();
    expect(keys.map((k) => k.k)).toEqual(["+46701234567", "+46701234567", "+46701234567"]);
    const res = await callStaff(duplicatesRoute.GET, {
      path: `/api/staff/duplicates?candidate=${a.candidateId}`,
      cookie,
    });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { candidates: { id: number }[]; reasons: string[] }[] };
    const found = items.map((i) => i.candidates.map((c) => c.id).find((id) => id !== a.candidateId));
    expect(found.sort()).toEqual([b.candidateId, c.candidateId].sort());
    expect(found).not.toContain(stranger.candidateId);
    expect(items.every((i) => i.reasons.includes("phone"))).toBe(true);
    // The whole list, without a record to start from, holds the same pairs.
    const all = (await (await callStaff(duplicatesRoute.GET, { path: "/api/staff/duplicates", cookie })).json()) as {
      items: { candidates: { id: number }[] }[];
    };
    const pairs = all.items.map((i) => i.candidates.map((c) => c.id).join("-"));
    expect(pairs).toEqual(
      expect.arrayContaining([`${a.candidateId}-${b.candidateId}`, `${a.candidateId}-${c.candidateId}`]),
    );
    expect(pairs.some((p) => p.split("-").includes(String(stranger.candidateId)))).toBe(false);
  });

  it("merges and undoes keeping every row, with an event on both and the status links working", async () => {
    const name = `Greta Github ${serial}`;
    const kept = await applyAs({ fullName: name, githubUrl: "https://github.com/greta-gh" });
    const merged = await applyAs({ fullName: name, githubUrl: "github.com/Greta-GH/" }, other.slug);
    await addNote(recruiter, kept.id, "Strong on Ceph");
    await addNote(recruiter, merged.id, "Knows Rook");
    await addTag(recruiter, merged.id, "storage");
    const before = await counts();
    const res = await callStaff(mergesRoute.POST, {
      method: "POST",
      path: "/api/staff/merges",
      cookie,
      body: { keepCandidateId: kept.candidateId, mergeCandidateId: merged.candidateId },
    });
    expect(res.status).toBe(201);
    const merge = (await res.json()) as { id: number; applicationIds: number[] };
    expect(merge.applicationIds).toEqual([merged.id]);
    expect(await counts()).toEqual(before);
    const moved = (await t.db.read().select().from(applications).where(eq(applications.id, merged.id)).get())!;
    expect(moved.candidateId).toBe(kept.candidateId);
    const events = await t.db
      .read()
      .select({ a: applicationEvents.applicationId, actor: applicationEvents.actorUserId })
      .from(applicationEvents)
      .where(eq(applicationEvents.kind, "candidate_merged"))
      .all();
    expect(events.filter((e) => [kept.id, merged.id].includes(e.a)).map((e) => e.actor)).toEqual([
      recruiter.id,
      recruiter.id,
    ]);
    expect((await alsoApplied(recruiter, kept.id)).map((a) => a.id)).toEqual([merged.id]);
    // The board's count: one person through the merge (same candidate, other email).
    expect(await alsoAppliedCounts(recruiter, [kept.id, merged.id])).toEqual(
      new Map([
        [kept.id, 1],
        [merged.id, 1],
      ]),
    );
    // Both status links keep working: the candidate's own token still opens each application.
    for (const token of [kept.token, merged.token]) {
      const r = await candidatePost(statusConsentRoute.POST as H, token);
      expect(r.status).toBe(200);
    }
    // A second merge of the same record is refused with the reason.
    const again = await callStaff(mergesRoute.POST, {
      method: "POST",
      path: "/api/staff/merges",
      cookie,
      body: { keepCandidateId: kept.candidateId, mergeCandidateId: merged.candidateId },
    });
    expect(again.status).toBe(409);
    const undo = await callStaff(undoRoute.POST, {
      method: "POST",
      path: `/api/staff/merges/${merge.id}/undo`,
      params: { id: String(merge.id) },
      cookie,
    });
    expect(undo.status).toBe(200);
    expect(await counts()).toEqual(before);
    const back = (await t.db.read().select().from(applications).where(eq(applications.id, merged.id)).get())!;
    expect(back.candidateId).toBe(merged.candidateId);
    const record = (await t.db.read().select().from(candidates).where(eq(candidates.id, merged.candidateId)).get())!;
    expect(record.mergedIntoId).toBeNull();
    const second = await callStaff(undoRoute.POST, {
      method: "POST",
      path: `/api/staff/merges/${merge.id}/undo`,
      params: { id: String(merge.id) },
      cookie,
    });
    expect(second.status).toBe(409);
  });

  it("refuses to undo a merge older than 30 days", async () => {
    const name = `Olle Old ${serial}`;
    const a = await applyAs({ fullName: name, phone: "+46 70 999 11 22" });
    const b = await applyAs({ fullName: name, phone: "070-999 11 22" }, other.slug);
    const res = await callStaff(mergesRoute.POST, {
      method: "POST",
      path: "/api/staff/merges",
      cookie,
      body: { keepCandidateId: a.candidateId, mergeCandidateId: b.candidateId },
    });
    const { id } = (await res.json()) as { id: number };
    await t.db.write((tx) =>
      tx
        .update(candidateMerges)
        .set({ createdAt: new Date(Date.now() - 31 * DAY) })
        .where(eq(candidateMerges.id, id))
        .run(),
    );
    const undo = await callStaff(undoRoute.POST, {
      method: "POST",
      path: `/api/staff/merges/${id}/undo`,
      params: { id: String(id) },
      cookie,
    });
    expect(undo.status).toBe(409);
    expect(((await undo.json()) as { message: string }).message).toMatch(/30 days/);
  });

  it("erases one application of a merged person and leaves the other, or all of them when asked", async () => {
    const name = `Erik Erase ${serial}`;
    const a = await applyAs({ fullName: name, phone: "+46 70 555 66 77" });
    const b = await applyAs({ fullName: name, phone: "0705556677" }, other.slug);
    const c = await applyAs({ fullName: name, phone: "0705556677", email: "erik-third@example.com" });
    for (const m of [b, c])
      await callStaff(mergesRoute.POST, {
        method: "POST",
        path: "/api/staff/merges",
        cookie,
        body: { keepCandidateId: a.candidateId, mergeCandidateId: m.candidateId },
      });
    expect((await candidatePost(eraseRoute.POST as H, b.token)).status).toBe(200);
    const person = (await t.db.read().select().from(candidates).where(eq(candidates.id, a.candidateId)).get())!;
    expect(person.erasedAt).toBeNull();
    expect(person.fullName).toBe(name);
    const erasedB = (await t.db.read().select().from(applications).where(eq(applications.id, b.id)).get())!;
    const own = (await t.db.read().select().from(candidates).where(eq(candidates.id, erasedB.candidateId)).get())!;
    expect(own).toMatchObject({ fullName: "Erased candidate", email: "", phone: null });
    // The record b brought with it, kept for an undo, holds b's details: erased too.
    const broughtB = (await t.db.read().select().from(candidates).where(eq(candidates.id, b.candidateId)).get())!;
    expect(broughtB.erasedAt).not.toBeNull();
    expect((await candidatePost(eraseAllRoute.POST as H, c.token)).status).toBe(200);
    const left = await t.db
      .read()
      .select()
      .from(candidates)
      .where(inArray(candidates.id, [a.candidateId, c.candidateId]))
      .all();
    expect(left.every((x) => x.erasedAt !== null && x.email === "")).toBe(true);
  });

  it("shows a hiring manager only the other applications they are assigned to", async () => {
    const email = `harriet-${serial}@example.com`;
    const a = await applyAs({ email, fullName: "Harriet Hidden" });
    const b = await applyAs({ email, fullName: "Harriet Hidden" }, other.slug);
    expect((await alsoApplied(recruiter, a.id)).map((x) => x.id)).toEqual([b.id]);
    expect(await alsoApplied(manager, a.id)).toEqual([]);
    expect(await alsoAppliedCounts(recruiter, [a.id, b.id])).toEqual(
      new Map([
        [a.id, 1],
        [b.id, 1],
      ]),
    );
    expect(await alsoAppliedCounts(manager, [a.id])).toEqual(new Map());
    const stage = (await t.db.read().select().from(stages).limit(1).get())!;
    await t.db.write(async (tx) => {
      const iv = (await tx
        .insert(interviews)
        .values({
          applicationId: b.id,
          stageId: stage.id,
          kind: "technical",
          createdByUserId: recruiter.id,
          updatedAt: new Date(),
        })
        .returning()
        .get())!;
      await tx.insert(interviewers).values({ interviewId: iv.id, userId: manager.id }).run();
    });
    expect((await alsoApplied(manager, a.id)).map((x) => x.id)).toEqual([b.id]);
  });
});

describe("person keys of older records", () => {
  it("are filled at start for records stored before they existed, and records without a usable value are left alone", async () => {
    const old = await applyAs({
      fullName: "Agnes Older",
      phone: "070 765 43 21",
      githubUrl: "https://github.com/agnes-old",
    });
    await t.db.write((tx) =>
      tx
        .update(candidates)
        .set({ phoneKey: null, linkedinKey: null, githubKey: null })
        .where(eq(candidates.id, old.candidateId))
        .run(),
    );
    expect(await fillPersonKeys(t.db)).toBeGreaterThanOrEqual(1);
    const row = (await t.db.read().select().from(candidates).where(eq(candidates.id, old.candidateId)).get())!;
    expect(row).toMatchObject({ phoneKey: "+46707654321", githubKey: "github:agnes-old", linkedinKey: null });
  });
});

describe("the talent pool", () => {
  it("holds only live consents, finds by text, country and tag, and invites with an unsubscribe that withdraws at once", async () => {
    const yes = await applyAs({ fullName: "Tove Talent", futureRolesConsent: "true", country: "FI" });
    const no = await applyAs({ fullName: "Nils Nopool" });
    await addTag(recruiter, yes.id, "ceph");
    const pool = await talentPool(recruiter, { q: "tove" });
    expect(pool.map((p) => p.candidateId)).toEqual([yes.candidateId]);
    expect((await talentPool(recruiter, {})).map((p) => p.candidateId)).not.toContain(no.candidateId);
    expect(await talentPool(recruiter, { q: "tove", country: "SE" })).toEqual([]);
    expect((await talentPool(recruiter, { tag: "ceph" })).map((p) => p.candidateId)).toEqual([yes.candidateId]);
    const api = await callStaff(talentRoute.GET, { path: "/api/staff/talent?q=tove&reached=screening", cookie });
    expect(api.status).toBe(200);
    const hm = await callStaff(talentRoute.GET, { path: "/api/staff/talent", cookie: await sessionCookie(manager.id) });
    expect(hm.status).toBe(403);

    const res = await callStaff(invitesRoute.POST, {
      method: "POST",
      path: "/api/staff/talent/invites",
      cookie,
      body: { candidateId: yes.candidateId, jobSlug: other.slug },
    });
    expect(res.status).toBe(201);
    const mail = (await t.db.read().select().from(outbox).where(eq(outbox.kind, "talent_invite")).all()).at(-1)!;
    expect(mail.toAddress).toMatch(/^person-/);
    expect(mail.text).toContain(`/en/jobs/${other.slug}`);
    const token = /\/consent\/([^?\s]+)\?answer=withdraw/.exec(mail.text)![1]!;
    const twice = await callStaff(invitesRoute.POST, {
      method: "POST",
      path: "/api/staff/talent/invites",
      cookie,
      body: { candidateId: yes.candidateId, jobSlug: other.slug },
    });
    expect(twice.status).toBe(409);
    expect((await candidatePost(consentRoute.POST as H, token, { answer: "withdraw" })).status).toBe(200);
    expect((await talentPool(recruiter, { q: "tove" })).length).toBe(0);
    const after = await callStaff(invitesRoute.POST, {
      method: "POST",
      path: "/api/staff/talent/invites",
      cookie,
      body: { candidateId: yes.candidateId, jobSlug: "cloud-engineer" },
    });
    expect(after.status).toBe(409);
  });

  it("withdraws the consent from the status page at once", async () => {
    const a = await applyAs({ fullName: "Stina Status", futureRolesConsent: "true" });
    expect((await talentPool(recruiter, { q: "stina status" })).length).toBe(1);
    expect((await candidatePost(statusConsentRoute.POST as H, a.token)).status).toBe(200);
    expect((await talentPool(recruiter, { q: "stina status" })).length).toBe(0);
  });
});

describe("consent renewal", () => {
  async function agedConsent(name: string, daysAgo: number) {
    const a = await applyAs({ fullName: name, futureRolesConsent: "true", locale: "sv" });
    const given = new Date(Date.now() - daysAgo * DAY);
    await t.db.write((tx) => tx.update(consents).set({ givenAt: given }).where(eq(consents.applicationId, a.id)).run());
    return a;
  }
  const renewalMail = async (applicationId: number) =>
    (await t.db.read().select().from(outbox).where(eq(outbox.kind, "consent_renewal")).all()).filter(
      (x) => x.applicationId === applicationId,
    );

  it("asks once a month before the consent lapses, and yes keeps the person for another period", async () => {
    const a = await agedConsent("Karin Keep", 710);
    const early = await agedConsent("Ebba Early", 600);
    const first = await runConsentRenewals({ retentionDays: 730, origin: "http://localhost" });
    expect(first.sent).toContain(a.id);
    expect(first.sent).not.toContain(early.id);
    const second = await runConsentRenewals({ retentionDays: 730, origin: "http://localhost" });
    expect(second.sent).not.toContain(a.id);
    const mails = await renewalMail(a.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/Ska vi spara/);
    const token = /\/consent\/([^?\s]+)\?answer=keep/.exec(mails[0]!.text)![1]!;
    const stored = await t.db
      .read()
      .select()
      .from(consentRenewals)
      .where(eq(consentRenewals.applicationId, a.id))
      .get();
    expect(stored!.tokenHash).not.toContain(token);
    expect((await candidatePost(consentRoute.POST as H, token, { answer: "keep" })).status).toBe(200);
    const live = await t.db.read().select().from(consents).where(eq(consents.applicationId, a.id)).all();
    expect(live.filter((c) => c.kind === "future_roles")).toHaveLength(2);
    // A month later the old consent has lapsed, but the renewed one keeps the person in the pool.
    const later = new Date(Date.now() + 40 * DAY);
    expect((await talentPool(recruiter, { q: "karin keep" }, later)).length).toBe(1);
    // A second click changes nothing.
    expect((await candidatePost(consentRoute.POST as H, token, { answer: "withdraw" })).status).toBe(200);
    expect((await talentPool(recruiter, { q: "karin keep" })).length).toBe(1);
  });

  it("no withdraws at once; with no answer the consent lapses and retention anonymises as before", async () => {
    const no = await agedConsent("Nora No", 712);
    const silent = await agedConsent("Sune Silent", 714);
    await runConsentRenewals({ retentionDays: 730, origin: "http://localhost" });
    const token = /\/consent\/([^?\s]+)\?answer=withdraw/.exec((await renewalMail(no.id))[0]!.text)![1]!;
    expect((await candidatePost(consentRoute.POST as H, token, { answer: "withdraw" })).status).toBe(200);
    expect((await talentPool(recruiter, { q: "nora no" })).length).toBe(0);
    expect((await talentPool(recruiter, { q: "sune silent" })).length).toBe(1);
    // The silent one's application closed long ago; 20 days on, the consent has lapsed.
    await t.db.write(async (tx) => {
      const app = (await tx.select().from(applications).where(eq(applications.id, silent.id)).get())!;
      await transitionApplication(tx, { type: "user", user: recruiter }, app, "rejected", { reason: "other" });
      await tx
        .update(applications)
        .set({ updatedAt: new Date(Date.now() - 731 * DAY) })
        .where(eq(applications.id, silent.id))
        .run();
    });
    const later = new Date(Date.now() + 20 * DAY);
    expect((await talentPool(recruiter, { q: "sune silent" }, later)).length).toBe(0);
    const run = await runRetention({ retentionDays: 730, dryRun: false, now: later });
    expect(run.anonymised).toContain(silent.id);
  });
});
