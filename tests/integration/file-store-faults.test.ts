import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files } from "@/db/schema";
import { getStatusByToken } from "@/lib/applications/status";
import * as cvRoute from "@/app/api/staff/applications/[id]/cv/route";
import * as erase from "@/app/api/status/[token]/erase/route";
import { setFileStore } from "@/lib/files/store";
import { sweepUploads } from "@/lib/files/sweep";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser, callStaff, sessionCookie, TEST_SECRET, type TestUser } from "../helpers/staff";
import { PDF } from "../helpers/files";
import { apply, stored, validFields } from "../helpers/intake";
import { startFaultyS3, type FaultyS3 } from "../helpers/s3";

/** The S3 server failing, behind a proxy in front of a real one (tests/helpers/s3.ts). */
let t: TestData;
let s3: FaultyS3;
let recruiter: TestUser;
beforeAll(async () => {
  t = await createTestData({ AUTH_SECRET: TEST_SECRET });
  recruiter = await addUser(t.db, "recruiter", "Rasmus Recruiter");
  s3 = await startFaultyS3();
  setFileStore(s3.store());
});
afterAll(async () => {
  setFileStore(undefined);
  await s3.stop();
  await t.cleanup();
});

async function newApplication() {
  s3.fail(null);
  const res = await apply(validFields());
  expect(res.status).toBe(201);
  const { id, statusUrl } = (await res.json()) as { id: number; statusUrl: string };
  const row = (await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())!;
  return { id, token: statusUrl.split("/status/")[1]!, key: row.storageKey };
}

describe("when the S3 server fails", () => {
  it("passes the start-up check when the server fails the probe once (a busy server's 500), and not when it keeps failing", async () => {
    s3.fail("probe", 1);
    expect(await s3.store().check()).toBeNull();
    s3.fail("probe");
    expect(await s3.store().check()).toMatch(/: cannot write to it \(We encountered an internal error\.\)$/);
    s3.fail(null);
    expect(await s3.store().check()).toBeNull();
  });

  it("answers a refused put with 503, a retry hint and a clear message, and keeps no row, object or spooled file", async () => {
    await newApplication();
    const before = await stored(t.db, t.uploadDir);
    s3.fail("put");
    const res = await apply(validFields());
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(await res.json()).toMatchObject({
      error: "unavailable",
      message: expect.stringMatching(/again in a minute/),
    });
    s3.fail(null);
    expect(await stored(t.db, t.uploadDir)).toEqual(before);
  });

  it("tries a put the server refuses once again, with the spooled file, and takes the application", async () => {
    s3.fail("put", 1);
    const res = await apply(validFields());
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const res2 = await callStaff(cvRoute.GET, {
      cookie: await sessionCookie(recruiter.id),
      params: { id: String(id) },
      path: `/api/staff/applications/${id}/cv`,
    });
    expect(res2.status).toBe(200);
    expect(Buffer.from(await res2.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("errors a download whose body the server cuts off half way, never passing the rest off as whole", async () => {
    const { id } = await newApplication();
    s3.fail("get");
    const res = await callStaff(cvRoute.GET, {
      cookie: await sessionCookie(recruiter.id),
      params: { id: String(id) },
      path: `/api/staff/applications/${id}/cv`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(PDF.length));
    await expect(res.arrayBuffer()).rejects.toThrow();
    s3.fail(null);
  });

  it("completes an erase whose delete the server refuses, and the next sweep removes the object", async () => {
    const { id, token, key } = await newApplication();
    s3.fail("delete");
    const res = await (erase.POST as (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>)(
      new Request(`http://localhost/api/status/${token}/erase`, {
        method: "POST",
        headers: { "x-rekry-client-ip": "10.9.0.2", accept: "text/html" },
      }),
      { params: Promise.resolve({ token }) },
    );
    expect(res.status).toBe(303);
    expect(await t.db.read().select().from(files).where(eq(files.applicationId, id)).get()).toBeUndefined();
    expect((await getStatusByToken(token))?.erased).toBe(true);
    expect(await s3.keys()).toContain(key);

    // Still refused: the sweep says so and leaves it for the next run.
    await expect(sweepUploads(t.db, s3.store(), t.uploadDir, Date.now() + 2000)).rejects.toThrow();
    expect(await s3.keys()).toContain(key);
    s3.fail(null);
    const report = await sweepUploads(t.db, s3.store(), t.uploadDir, Date.now() + 2000);
    expect(report.removedOrphans).toBe(1);
    expect(await s3.keys()).not.toContain(key);
  });
});
