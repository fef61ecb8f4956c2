import { eq } from "drizzle-orm";
import { existsSync, readFileSync, rmSync, utimesSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cvTexts, files } from "@/db/schema";
import * as cvRoute from "@/app/api/staff/applications/[id]/cv/route";
import * as exportRoute from "@/app/api/status/[token]/export/route";
import * as erase from "@/app/api/status/[token]/erase/route";
import * as withdraw from "@/app/api/status/[token]/withdraw/route";
import { indexPendingCvs } from "@/lib/cv-text/index-pending";
import { CvReader } from "@/lib/cv-text/reader";
import { localCopyPath } from "@/lib/files/local-copy";
import type { FileStore } from "@/lib/files/store";
import { sweepUploads } from "@/lib/files/sweep";
import { runRetention } from "@/lib/privacy/retention";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { PDF } from "../helpers/files";
import { apply, stored, validFields } from "../helpers/intake";
import { STORE_KINDS, storedKeys, useStore } from "../helpers/stores";

let t: TestData;
let recruiter: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter", "Rasmus Recruiter");
});
const reader = new CvReader();
afterAll(async () => {
  await reader.close();
  await t.cleanup();
});

type TokenHandler = (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>;
const candidateCall = (handler: unknown, token: string, method: string) =>
  (handler as TokenHandler)(
    new Request(`http://localhost/api/status/${token}/x`, {
      method,
      headers: { "x-rekry-client-ip": "10.9.0.1", accept: "text/html" },
    }),
    { params: Promise.resolve({ token }) },
  );

const CV_WITH_TEXT = readFileSync(path.join(__dirname, "..", "fixtures", "cv", "libreoffice.pdf"));

async function newApplication(
  email = `cv-${Math.random().toString(36).slice(2)}@example.com`,
  cv?: typeof CV_WITH_TEXT,
) {
  const res = await apply({
    ...validFields(),
    email,
    ...(cv ? { cv: new File([cv], "cv.pdf", { type: "application/pdf" }) } : {}),
  });
  expect(res.status).toBe(201);
  const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
  const row = (await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())!;
  return { id, token: statusUrl.split("/status/")[1]!, key: row.storageKey, row };
}

const download = async (id: number) =>
  callStaff(cvRoute.GET, {
    cookie: await sessionCookie(recruiter.id),
    params: { id: String(id) },
    path: `/api/staff/applications/${id}/cv`,
  });

/** The store, counting the objects the text reader fetches from it. */
function counted(store: FileStore) {
  const fetched: string[] = [];
  return { fetched, store: { ...store, get: (key: string) => (fetched.push(key), store.get(key)) } };
}

describe.each(STORE_KINDS)("CVs on the %s store", (kind) => {
  const under = useStore(kind, () => t.uploadDir);
  const keys = () => storedKeys(under.store);
  const copyOf = (key: string) => localCopyPath(t.uploadDir, key);
  const readAll = async (store: FileStore, now?: Date) => {
    for (;;) if ((await indexPendingCvs(t.db, store, reader, t.uploadDir, 20, now)).claimed === 0) return;
  };
  const textOf = async (applicationId: number) =>
    (await t.db.read().select().from(cvTexts).where(eq(cvTexts.applicationId, applicationId)).get())?.body;

  it("stores the CV with its SHA-256, streams it back byte for byte with today's headers, and exports it", async () => {
    const { id, token, key, row } = await newApplication();
    expect(await keys()).toContain(key);
    const kept = (await under.store.get(key))!;
    expect((await buffer(kept.body)).equals(PDF)).toBe(true);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);

    const res = await download(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(PDF.length));
    expect(res.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);

    const exported = await candidateCall(exportRoute.GET, token, "GET");
    expect(exported.status).toBe(200);
    const data = (await exported.json()) as { cv: { contentBase64: string } | null };
    expect(JSON.stringify(data)).toContain(PDF.toString("base64"));
  });

  it("keeps no object for a repeated application, and none for a refused one", async () => {
    const email = `repeat-${kind}@example.com`;
    await newApplication(email);
    const before = await stored(t.db, t.uploadDir);
    expect((await apply({ ...validFields(), email })).status).toBe(201);
    expect((await apply({ ...validFields(), email: "not an address" })).status).toBe(400);
    expect(await stored(t.db, t.uploadDir)).toEqual(before);
  });

  it("reads the text of a CV this instance put into a bucket from its own copy, and fetches it when the copy is gone", async () => {
    await readAll(under.store);
    const here = await newApplication(undefined, CV_WITH_TEXT);
    const elsewhere = await newApplication(undefined, CV_WITH_TEXT);
    // The disk store took the spooled file itself; a bucket's CV keeps it under its key.
    expect(existsSync(copyOf(here.key))).toBe(kind === "s3");
    if (kind === "s3") expect(readFileSync(copyOf(here.key)).equals(CV_WITH_TEXT)).toBe(true);
    // As if another instance had taken the CV, or this one had restarted since.
    await under.store.delete(elsewhere.key);
    await under.store.put(elsewhere.key, {
      stream: Readable.from([CV_WITH_TEXT]),
      size: CV_WITH_TEXT.length,
      sha256: elsewhere.row.sha256,
    });
    rmSync(copyOf(elsewhere.key), { force: true });

    const reading = counted(under.store);
    await readAll(reading.store);
    expect(reading.fetched).toEqual(kind === "s3" ? [elsewhere.key] : [here.key, elsewhere.key]);
    for (const app of [here, elsewhere]) {
      expect(await textOf(app.id)).toContain("Ingrid Bergström");
      expect(existsSync(copyOf(app.key))).toBe(false);
    }
  }, 60_000);

  it("deletes the object and this instance's copy when the candidate erases their data, and when retention anonymises", async () => {
    const erased = await newApplication();
    expect(existsSync(copyOf(erased.key))).toBe(kind === "s3");
    expect((await candidateCall(erase.POST, erased.token, "POST")).status).toBe(303);
    expect(existsSync(copyOf(erased.key))).toBe(false);
    expect(await keys()).not.toContain(erased.key);
    expect((await download(erased.id)).status).toBe(404);

    const old = await newApplication();
    expect((await candidateCall(withdraw.POST, old.token, "POST")).status).toBe(303);
    const later = new Date(Date.now() + 800 * 24 * 60 * 60 * 1000);
    const result = await runRetention({ retentionDays: 730, dryRun: false, now: later });
    expect(result.anonymised).toContain(old.id);
    expect(existsSync(copyOf(old.key))).toBe(false);
    expect(await keys()).not.toContain(old.key);
  });

  it("removes copies the reader never took: when it has nothing left to read, and in the upload sweep", async () => {
    await readAll(under.store);
    // Read or erased on another instance: its row no longer waits here.
    const readElsewhere = await newApplication();
    const fresh = await newApplication();
    await t.db.write((tx) =>
      tx.update(files).set({ textState: "none" }).where(eq(files.applicationId, readElsewhere.id)).run(),
    );
    await t.db.write((tx) =>
      tx.update(files).set({ textState: "none" }).where(eq(files.applicationId, fresh.id)).run(),
    );
    if (kind === "s3") {
      const old = new Date(Date.now() - 2 * 60_000);
      utimesSync(copyOf(readElsewhere.key), old, old);
    }
    await readAll(under.store);
    expect(existsSync(copyOf(readElsewhere.key))).toBe(false);
    // Newer than a minute: maybe a row about to commit.
    expect(existsSync(copyOf(fresh.key))).toBe(kind === "s3");

    const swept = await sweepUploads(t.db, under.store, t.uploadDir, Date.now() + 2000);
    expect(swept.removedTemp).toBe(kind === "s3" ? 1 : 0);
    expect(existsSync(copyOf(fresh.key))).toBe(false);
    expect(await keys()).toContain(fresh.key);
  });

  it("sweeps objects no row claims from before the cutoff, keeps claimed and newer ones, and reports a lost one", async () => {
    const claimed = await newApplication();
    const lost = await newApplication();
    const orphan = "ab/abababababababababababababababab";
    await under.store.put(orphan, { stream: Readable.from([Buffer.from("%PDF-1.4 orphan")]), size: 15, sha256: "x" });
    await under.store.delete(lost.key);

    // Written since the cutoff: maybe an upload whose row is about to commit.
    const early = await sweepUploads(t.db, under.store, t.uploadDir, Date.now() - 60_000);
    expect(early.removedOrphans).toBe(0);
    expect(await keys()).toContain(orphan);

    const report = await sweepUploads(t.db, under.store, t.uploadDir, Date.now() + 2000);
    expect(report.removedOrphans).toBe(1);
    // The rows of the other store's block have no object here either.
    expect(report.missing).toContain(lost.key);
    expect(report.missing).not.toContain(claimed.key);
    expect(await keys()).not.toContain(orphan);
    expect(await keys()).toContain(claimed.key);
  });
});
