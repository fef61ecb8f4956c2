import { desc, eq } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applicationEvents, applications, candidates, consents, files, jobs, outbox } from "@/db/schema";
import { getStatusByToken } from "@/lib/applications/status";
import { hashToken } from "@/lib/security/tokens";
import { storedPath } from "@/lib/files/disk-store";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { docx, odt, PDF, zipBomb } from "../helpers/files";
import { apply, rawApply, stored, validFields } from "../helpers/intake";

let t: TestData;
beforeAll(async () => {
  t = await createTestData();
});
afterAll(() => t.cleanup());

let before: Awaited<ReturnType<typeof stored>>;
beforeEach(async () => {
  before = await stored(t.db, t.uploadDir);
});
const nothingStored = async () => expect(await stored(t.db, t.uploadDir)).toEqual(before);

describe("POST /api/jobs/{slug}/applications", () => {
  it("stores an application with its CV, consents and event, and answers 201 with id and statusUrl", async () => {
    const fields = {
      ...validFields(),
      phone: "+46 70 123 45 67",
      source: "linkedin",
      futureRolesConsent: "true",
      locale: "sv",
    };
    const res = await apply(fields);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: number; statusUrl: string };
    expect(body.id).toBeGreaterThan(0);
    const token = body.statusUrl.match(/\/status\/([A-Za-z0-9_-]{43})$/)?.[1];
    expect(token).toBeDefined();
    expect(res.headers.get("set-cookie")).toMatch(/rekry_applied=.+HttpOnly/);

    const app = (await t.db.read().select().from(applications).where(eq(applications.id, body.id)).get())!;
    expect(app.statusTokenHash).toBe(hashToken(token!));
    expect(app).toMatchObject({ status: "active", version: 1, source: "linkedin", locale: "sv" });
    const person = (await t.db.read().select().from(candidates).where(eq(candidates.id, app.candidateId)).get())!;
    expect(person).toMatchObject({ fullName: "Åsa Öberg", country: "SE", phone: "+46 70 123 45 67" });
    const cv = (await t.db.read().select().from(files).where(eq(files.applicationId, app.id)).get())!;
    expect(cv).toMatchObject({ originalName: "cv.pdf", size: PDF.length, detectedType: "pdf" });
    expect(cv.storageKey).not.toContain("cv.pdf");
    expect(readFileSync(storedPath(t.uploadDir, cv.storageKey)).equals(PDF)).toBe(true);
    expect(path.relative(process.cwd(), t.uploadDir)).not.toMatch(/^public/);
    const given = await t.db.read().select().from(consents).where(eq(consents.applicationId, app.id)).all();
    expect(given.map((c) => c.kind).sort()).toEqual(["future_roles", "privacy_notice"]);
    expect(given.every((c) => c.noticeVersion && c.text.length > 10)).toBe(true);
    const events = await t.db
      .read()
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, app.id))
      .all();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "applied", actorType: "candidate", toStatus: "active" });
  });

  it.runIf(onPostgres)("on PostgreSQL, stores an application in 13 round trips at most", async () => {
    // Each statement is a round trip to the server, which the intake pays on every application:
    // the rate limit's upsert alone (1), the job with its questions (1), the write itself (11).
    await apply(validFields());
    const pg = (await import("pg")).default;
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      const res = await apply(validFields());
      expect(res.status).toBe(201);
      expect(sent.mock.calls.length).toBeLessThanOrEqual(13);
    } finally {
      sent.mockRestore();
    }
  });

  it("stores a CV of several megabytes byte for byte, with its size and SHA-256", async () => {
    // Larger than the parser's in-memory write batch (lib/applications/parse-multipart.ts), twice
    // over and with a remainder, so every path from the upload to its file is taken.
    const big = Buffer.concat([PDF, randomBytes(1_300_001)]);
    const res = await apply({ ...validFields(), cv: new File([big], "large.pdf", { type: "application/pdf" }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const cv = (await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())!;
    expect(cv).toMatchObject({ size: big.length, sha256: createHash("sha256").update(big).digest("hex") });
    expect(readFileSync(storedPath(t.uploadDir, cv.storageKey)).equals(big)).toBe(true);
  });

  it("accepts DOCX and ODT CVs, detected from their content", async () => {
    for (const [name, data, type] of [
      ["cv.docx", await docx(), "docx"],
      ["cv.odt", await odt(), "odt"],
    ] as const) {
      const res = await apply({ ...validFields(), cv: new File([new Uint8Array(data)], name) });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: number };
      expect((await t.db.read().select().from(files).where(eq(files.applicationId, id)).get())?.detectedType).toBe(
        type,
      );
    }
  });

  it("accepts a profile link instead of a CV", async () => {
    const res = await apply({ ...validFields(), cv: undefined, githubUrl: "https://github.com/asa" });
    expect(res.status).toBe(201);
    expect((await stored(t.db, t.uploadDir)).kept).toBe(before.kept);
  });

  it("keeps names in any script and markup exactly as typed", async () => {
    for (const name of ["Ἀλέξανδρος", "王芳", "<script>alert(1)</script>"]) {
      const res = await apply({ ...validFields(), fullName: name, note: "<b>hi</b>" });
      const { id } = (await res.json()) as { id: number };
      const app = (await t.db.read().select().from(applications).where(eq(applications.id, id)).get())!;
      expect(
        (await t.db.read().select().from(candidates).where(eq(candidates.id, app.candidateId)).get())?.fullName,
      ).toBe(name);
      expect(app.note).toBe("<b>hi</b>");
    }
  });

  it("answers 400 with every invalid field at once, in the candidate's language, and stores nothing", async () => {
    const res = await apply({ fullName: "", email: "not-an-email", country: "US", locale: "sv" });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).toEqual(["country", "cv", "email", "fullName", "privacyConsent"]);
    expect(errors.country).toContain("EU");
    expect(errors.country).toContain("USA");
    await nothingStored();
  });

  it("refuses a non-EU country with a kind message", async () => {
    const res = await apply({ ...validFields(), country: "NO" });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    expect(errors.country).toMatch(/Thank you for your interest.*EU.*Norway/);
    await nothingStored();
  });

  it("answers 404 for an unknown job and for a closed one", async () => {
    expect((await apply(validFields(), { slug: "no-such-job" })).status).toBe(404);
    await t.db.write((tx) => tx.update(jobs).set({ status: "closed" }).where(eq(jobs.slug, "cloud-engineer")).run());
    try {
      expect((await apply(validFields())).status).toBe(404);
    } finally {
      await t.db.write((tx) => tx.update(jobs).set({ status: "open" }).where(eq(jobs.slug, "cloud-engineer")).run());
    }
    await nothingStored();
  });

  it("answers a repeated application exactly like a new one, stores nothing and mails the address instead", async () => {
    const fields = validFields();
    const first = await apply(fields);
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as { id: number; statusUrl: string };
    before = await stored(t.db, t.uploadDir);
    const again = await apply({
      ...fields,
      fullName: "Someone Else",
      locale: "sv",
      email: String(fields.email).toUpperCase(),
    });
    expect(again.status).toBe(201);
    expect(again.headers.get("set-cookie")).toMatch(/^rekry_applied=[A-Za-z0-9_-]{43}\./);
    const body = (await again.json()) as { id: number; statusUrl: string };
    expect(Object.keys(body)).toEqual(Object.keys(firstBody));
    expect(body.id).toBe(firstBody.id + 1);
    // A fresh token of the same form, which opens nothing.
    const token = body.statusUrl.split("/status/")[1]!;
    expect(body.statusUrl).toMatch(/^http:\/\/localhost(:\d+)?\/status\/[A-Za-z0-9_-]{43}$/);
    expect(await getStatusByToken(token)).toBeNull();
    await nothingStored();
    // Only the owner of the address hears of it, in the language and name they applied with.
    const mail = (await t.db.read().select().from(outbox).orderBy(desc(outbox.id)).get())!;
    expect(mail).toMatchObject({
      kind: "already_applied",
      toAddress: fields.email,
      applicationId: null,
      subject: "You have already applied for Cloud Engineer",
    });
    expect(mail.text).toContain("Hi Åsa");
    expect(mail.text).toContain("/lost-link");
    expect(mail.text).not.toMatch(/\/status\//);
    // The next application still gets an id of its own.
    const next = (await (await apply(validFields())).json()) as { id: number };
    expect(next.id).toBe(body.id + 1);
  });

  it("stores one of twelve applications from one address to one job sent at once, and answers all 201", async () => {
    const fields = validFields();
    const answers = await Promise.all(Array.from({ length: 12 }, () => apply({ ...fields })));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
    const mine = await t.db
      .read()
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(eq(candidates.emailKey, String(fields.email).toLowerCase()))
      .all();
    expect(mine).toHaveLength(1);
    const repeats = await t.db.read().select().from(outbox).where(eq(outbox.kind, "already_applied")).all();
    expect(repeats.filter((m) => m.toAddress === fields.email)).toHaveLength(11);
  });

  it("answers a repeated form post with the same redirect to the confirmation page", async () => {
    const fields = validFields();
    expect((await apply(fields)).status).toBe(201);
    before = await stored(t.db, t.uploadDir);
    const again = await apply(fields, { headers: { accept: "text/html" } });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe("/jobs/cloud-engineer/applied");
    expect(again.headers.get("set-cookie")).toMatch(/^rekry_applied=[A-Za-z0-9_-]{43}\.%C3%85sa;/);
    await nothingStored();
  });

  it("answers 413 for a CV over 10 MB, refused from its declared length without reading it", async () => {
    const res = await rawApply("x", "multipart/form-data; boundary=abc", {
      "content-length": String(20 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    await nothingStored();
  });

  it("answers 413 for a streamed CV over 10 MB and removes the partial file", async () => {
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 10)], "cv.pdf");
    const res = await apply({ ...validFields(), cv: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Record<string, string> }).errors.cv).toMatch(/10 MB/);
    await nothingStored();
  });

  it("answers 415 for a file whose content is not PDF/DOCX/ODT, whatever its name", async () => {
    for (const cv of [
      new File(["just text"], "cv.pdf"),
      new File([new Uint8Array(await zipBomb())], "cv.docx"),
      new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "cv.odt"),
    ]) {
      const res = await apply({ ...validFields(), cv });
      expect(res.status).toBe(415);
      expect(((await res.json()) as { errors: Record<string, string> }).errors.cv).toMatch(/doesn't look like/);
    }
    await nothingStored();
  });

  it("answers 415 for a body that is not multipart", async () => {
    const res = await rawApply(JSON.stringify({ fullName: "x" }), "application/json");
    expect(res.status).toBe(415);
    await nothingStored();
  });

  it("answers 400 for a broken multipart body", async () => {
    const res = await rawApply(
      '--abc\r\nContent-Disposition: form-data; name="fullName"\r\n\r\nAsa',
      "multipart/form-data; boundary=abc",
    );
    expect(res.status).toBe(400);
    await nothingStored();
  });

  it("answers a plain HTML form post with 303 to the confirmation page", async () => {
    const res = await apply(
      { ...validFields(), locale: "sv" },
      { headers: { accept: "text/html,application/xhtml+xml" } },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sv/jobs/cloud-engineer/applied");
  });

  it("answers a failed HTML form post with a readable page and the same status", async () => {
    const res = await apply({ fullName: "<img src=x onerror=alert(1)>" }, { headers: { accept: "text/html" } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Email");
    expect(html).not.toContain("<img src=x");
    await nothingStored();
  });
});
