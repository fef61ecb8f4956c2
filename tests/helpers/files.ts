import { readFileSync } from "node:fs";
import path from "node:path";
import yazl from "yazl";

export const PDF = readFileSync(path.join(__dirname, "..", "fixtures", "cv.pdf"));

function zip(entries: { name: string; data: Buffer; compress?: boolean }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e.data, e.name, { compress: e.compress ?? true });
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    z.outputStream.on("error", reject);
  });
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

export function docx(): Promise<Buffer> {
  return zip([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "word/document.xml", data: Buffer.from("<w:document><w:body>CV</w:body></w:document>") },
  ]);
}

export function odt(): Promise<Buffer> {
  return zip([
    { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.text"), compress: false },
    { name: "content.xml", data: Buffer.from("<office:document-content>CV</office:document-content>") },
  ]);
}

/** A zip that is not a Word document (no word/document.xml). */
export function plainZip(): Promise<Buffer> {
  return zip([{ name: "readme.txt", data: Buffer.from("not a cv") }]);
}

/** Looks like a DOCX, but one entry inflates to 64 MB of zeros. */
export function zipBomb(): Promise<Buffer> {
  return zip([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "word/document.xml", data: Buffer.alloc(64 * 1024 * 1024) },
  ]);
}

/** More entries than any CV has. */
export function manyEntries(): Promise<Buffer> {
  return zip(
    Array.from({ length: 3000 }, (_, i) => ({ name: `e${i}.xml`, data: Buffer.from("x") })).concat([
      { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
      { name: "word/document.xml", data: Buffer.from("<w:document/>") },
    ]),
  );
}
