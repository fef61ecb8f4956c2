import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cvTexts, files } from "@/db/schema";
import { indexPendingCvs, MAX_ATTEMPTS } from "@/lib/cv-text/index-pending";
import { CvReader } from "@/lib/cv-text/reader";
import { fileStore } from "@/lib/files/store";
import { searchApplications } from "@/lib/search/search-applications";
import type { Actor } from "@/lib/auth/permissions";
import { createTestData, type TestData } from "../helpers/test-data";
import { addUser } from "../helpers/staff";
import { apply, validFields } from "../helpers/intake";

/**
 * CV text extraction on real documents (tests/fixtures/cv/make-fixtures.sh made them with
 * LibreOffice, pdfLaTeX, Ghostscript and qpdf), through the intake, the store, the runner's claims
 * and the reader's worker thread, as the server's background runner does it.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures", "cv");
const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
};

let t: TestData;
let recruiter: Actor;
const reader = new CvReader();

async function applyWith(file: string): Promise<number> {
  const ext = path.extname(file).slice(1) as keyof typeof MIME;
  const cv = new File([readFileSync(path.join(FIXTURES, file))], file, { type: MIME[ext] });
  const res = await apply({ ...validFields(), fullName: `Applicant ${file}`, cv });
  expect(res.status, file).toBe(201);
  return ((await res.json()) as { id: number }).id;
}
const fileOf = async (applicationId: number) =>
  (await t.db.read().select().from(files).where(eq(files.applicationId, applicationId)).get())!;
const textOf = async (applicationId: number) =>
  (await t.db.read().select().from(cvTexts).where(eq(cvTexts.applicationId, applicationId)).get())?.body;
const indexAll = async () => {
  for (;;) if ((await indexPendingCvs(t.db, fileStore(), reader, t.uploadDir)).claimed === 0) return;
};

const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestData();
  recruiter = await addUser(t.db, "recruiter");
  for (const f of [
    "libreoffice.pdf",
    "latex.pdf",
    "libreoffice.docx",
    "libreoffice.odt",
    "scanned.pdf",
    "encrypted.pdf",
    "long-300-pages.pdf",
    "malformed.pdf",
  ])
    ids[f] = await applyWith(f);
}, 60_000);
afterAll(async () => {
  await reader.close();
  await t.cleanup();
});

describe("reading CVs' text in the background", () => {
  it("answers the applicant before any text is read: every new CV waits as pending", async () => {
    for (const id of Object.values(ids)) expect((await fileOf(id)).textState).toBe("pending");
  });

  it("reads PDFs made by LibreOffice and LaTeX, a DOCX and an ODT, accents and all", async () => {
    await indexAll();
    for (const f of ["libreoffice.pdf", "libreoffice.docx", "libreoffice.odt"]) {
      expect((await fileOf(ids[f]!)).textState, f).toBe("text");
      const text = (await textOf(ids[f]!))!;
      expect(text, f).toContain("Ingrid Bergström");
      expect(text, f).toContain("Ran Ceph and Rook on Kubernetes");
      expect(text, f).toContain("lagringssystemen");
      expect(text, f).toContain("Prometheus & Grafana");
    }
    expect(await textOf(ids["latex.pdf"]!)).toContain("migrerade lagringssystemet till Ceph");
  }, 120_000);

  it('marks a scan, an encrypted PDF and a broken one "no text", saying why, and does not try them again', async () => {
    expect(await fileOf(ids["scanned.pdf"]!)).toMatchObject({ textState: "none", textNote: "no_text" });
    expect(await fileOf(ids["encrypted.pdf"]!)).toMatchObject({ textState: "none", textNote: "encrypted" });
    expect(await fileOf(ids["malformed.pdf"]!)).toMatchObject({ textState: "none", textNote: "unreadable" });
    for (const f of ["scanned.pdf", "encrypted.pdf", "malformed.pdf"]) expect(await textOf(ids[f]!)).toBeUndefined();
    expect((await indexPendingCvs(t.db, fileStore(), reader, t.uploadDir)).claimed).toBe(0);
  });

  it("reads all 300 pages of a long PDF, and keeps no more than the byte limit of a longer text", async () => {
    const full = (await textOf(ids["long-300-pages.pdf"]!))!;
    expect(full).toContain("Page 300.");
    const small = new CvReader({ maxBytes: 10_000 });
    try {
      const cut = await small.read(path.join(FIXTURES, "long-300-pages.pdf"), "pdf");
      expect(cut.ok && cut.truncated).toBe(true);
      expect(cut.ok && Buffer.byteLength(cut.text)).toBeLessThanOrEqual(10_000);
      expect(cut.ok && cut.text).not.toContain("Page 300.");
    } finally {
      await small.close();
    }
  }, 60_000);

  it("ends a reader that runs out of time, answers timeout, and reads the next CV in a new thread", async () => {
    const hurried = new CvReader({ timeoutMs: 20 });
    try {
      expect(await hurried.read(path.join(FIXTURES, "long-300-pages.pdf"), "pdf")).toEqual({
        ok: false,
        note: "timeout",
      });
    } finally {
      await hurried.close();
    }
    const next = await reader.read(path.join(FIXTURES, "libreoffice.odt"), "odt");
    expect(next.ok && next.text).toContain("Ingrid");
  }, 60_000);

  it("gives up on a CV whose readers died on it MAX_ATTEMPTS times, instead of claiming it for ever", async () => {
    const id = await applyWith("libreoffice.odt");
    const file = await fileOf(id);
    // Three runners claimed it and never answered (each died): the claims ran out.
    await t.db.write((tx) =>
      tx
        .update(files)
        .set({ textAttempts: MAX_ATTEMPTS, textLeaseUntil: new Date(Date.now() - 1) })
        .where(eq(files.id, file.id))
        .run(),
    );
    await indexAll();
    expect(await fileOf(id)).toMatchObject({ textState: "none", textNote: "unreadable" });
  });

  it("lets two runners at once read each CV once", async () => {
    const fresh = [
      await applyWith("libreoffice.odt"),
      await applyWith("libreoffice.docx"),
      await applyWith("latex.pdf"),
    ];
    const other = new CvReader();
    try {
      const runs = await Promise.all([
        indexPendingCvs(t.db, fileStore(), reader, t.uploadDir, 2),
        indexPendingCvs(t.db, fileStore(), other, t.uploadDir, 2),
      ]);
      await indexAll();
      expect(runs[0]!.claimed + runs[1]!.claimed).toBeLessThanOrEqual(3);
      for (const id of fresh) expect((await fileOf(id)).textState).toBe("text");
      expect(
        (await t.db.read().select().from(cvTexts).all()).filter((r) => fresh.includes(r.applicationId)),
      ).toHaveLength(3);
    } finally {
      await other.close();
    }
  }, 60_000);

  it("fails the run when a text cannot be stored, with nothing half-stored: its CVs are read again once their claim runs out", async () => {
    const fresh = [await applyWith("libreoffice.odt"), await applyWith("libreoffice.docx")];
    // The database refuses the run's first text write (the claim before it goes through), while
    // the runner is already reading the next CV: the refusal is the run's, and never an unhandled
    // rejection meanwhile (vitest fails a test file on one).
    let writes = 0;
    const refusing = new Proxy(t.db, {
      get(target, key, receiver) {
        if (key === "writeAtomic")
          return (...args: Parameters<typeof target.writeAtomic>) =>
            ++writes === 2 ? Promise.reject(new Error("disk full")) : target.writeAtomic(...args);
        const value = Reflect.get(target, key, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await expect(indexPendingCvs(refusing, fileStore(), reader, t.uploadDir)).rejects.toThrow("disk full");
    for (const id of fresh) {
      expect((await fileOf(id)).textState).toBe("pending");
      expect(await textOf(id)).toBeUndefined();
    }
    // Their claims run out; the next run reads them.
    const fileIds = await Promise.all(fresh.map(async (id) => (await fileOf(id)).id));
    await t.db.write((tx) =>
      tx
        .update(files)
        .set({ textLeaseUntil: new Date(Date.now() - 1) })
        .where(inArray(files.id, fileIds))
        .run(),
    );
    await indexAll();
    for (const id of fresh) expect((await fileOf(id)).textState).toBe("text");
  }, 60_000);

  it("makes the read text searchable at once", async () => {
    const found = await searchApplications(recruiter, { q: "grafana" });
    expect(found.hits.map((h) => h.id)).toContain(ids["libreoffice.docx"]);
    expect(found.hits.find((h) => h.id === ids["libreoffice.docx"])!.snippet).toContain("<mark>Grafana</mark>");
  });
});
