import { eq } from "drizzle-orm";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files } from "@/db/schema";
import * as cvRoute from "@/app/api/staff/applications/[id]/cv/route";
import * as exportRoute from "@/app/api/status/[token]/export/route";
import * as erase from "@/app/api/status/[token]/erase/route";
import * as withdraw from "@/app/api/status/[token]/withdraw/route";
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
afterAll(() => t.cleanup());

type TokenHandler = (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>;
const candidateCall = (handler: unknown, token: string, method: string) =>
  (handler as TokenHandler)(
    new Request(`http://localhost/api/status/${token}/x`, {
      method,
      headers: { "x-rekry-client-ip": "10.9.0.1", accept: "text/html" },
    }),
    { params: Promise.resolve({ token }) },
  );

async function newApplication(email = `cv-${Math.random().toString(36).slice(2)}@example.com`) {
  const res = await apply({ ...validFields(), email });
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

describe.each(STORE_KINDS)("CVs on the %s store", (kind) => {
  const under = useStore(kind, () => t.uploadDir);
  const keys = () => storedKeys(under.store);

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

  it("deletes the object when the candidate erases their data, and when retention anonymises", async () => {
    const erased = await newApplication();
    expect((await candidateCall(erase.POST, erased.token, "POST")).status).toBe(303);
    expect(await keys()).not.toContain(erased.key);
    expect((await download(erased.id)).status).toBe(404);

    const old = await newApplication();
    expect((await candidateCall(withdraw.POST, old.token, "POST")).status).toBe(303);
    const later = new Date(Date.now() + 800 * 24 * 60 * 60 * 1000);
    const result = await runRetention({ retentionDays: 730, dryRun: false, now: later });
    expect(result.anonymised).toContain(old.id);
    expect(await keys()).not.toContain(old.key);
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
