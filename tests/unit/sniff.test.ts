import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectCvType } from "@/lib/files/sniff";
import { docx, manyEntries, odt, PDF, plainZip, zipBomb } from "../helpers/files";

let dir: string;
const write = (name: string, data: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rekry-sniff-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("detectCvType decides from the bytes, never the name", () => {
  it("recognises a PDF", async () => {
    expect(await detectCvType(write("a.pdf", PDF))).toEqual({ type: "pdf", mime: "application/pdf" });
  });

  it("recognises a PDF even when it is named .docx", async () => {
    expect((await detectCvType(write("a.docx", PDF)))?.type).toBe("pdf");
  });

  it("recognises a DOCX by its zip structure", async () => {
    expect((await detectCvType(write("b.docx", await docx())))?.type).toBe("docx");
  });

  it("recognises an ODT by its mimetype entry", async () => {
    expect((await detectCvType(write("c.odt", await odt())))?.type).toBe("odt");
  });

  it("refuses plain text named .pdf", async () => {
    expect(await detectCvType(write("d.pdf", Buffer.from("hello, I am not a PDF")))).toBeNull();
  });

  it("refuses an empty file", async () => {
    expect(await detectCvType(write("e.pdf", Buffer.alloc(0)))).toBeNull();
  });

  it("refuses a zip that is not a Word document", async () => {
    expect(await detectCvType(write("f.docx", await plainZip()))).toBeNull();
  });

  it("refuses a zip bomb named .docx without inflating it", async () => {
    expect(await detectCvType(write("g.docx", await zipBomb()))).toBeNull();
  });

  it("refuses a zip with more entries than a CV has", async () => {
    expect(await detectCvType(write("h.docx", await manyEntries()))).toBeNull();
  });

  it("refuses a truncated zip", async () => {
    const good = await docx();
    expect(await detectCvType(write("i.docx", good.subarray(0, good.length - 30)))).toBeNull();
  });
});
