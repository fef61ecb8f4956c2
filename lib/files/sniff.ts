import { open } from "node:fs/promises";
import yauzl from "yauzl";

export type CvType = { type: "pdf" | "docx" | "odt"; mime: string };

/** Bounds for reading a zip's directory: an honest CV is far below them, a zip bomb is not. */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
  maxMetaBytes: 256 * 1024,
};

const DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const ODT_MIME = "application/vnd.oasis.opendocument.text";
export const CV_MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: ODT_MIME,
} as const;

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** How many of a file's first bytes decide its type (a zip's are only where it starts). */
export const HEAD_BYTES = 1024;

/**
 * Decides from the bytes, never the name, whether a file is a PDF, DOCX or ODT; null when it is
 * none. `head`, when given, is the file's first HEAD_BYTES bytes (or all of a shorter file), kept
 * while it was written, so a PDF is not opened again to be told.
 */
export async function detectCvType(file: string, head?: Buffer): Promise<CvType | null> {
  head ??= await readHead(file, HEAD_BYTES);
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (head.includes("%PDF-")) return { type: "pdf", mime: CV_MIME.pdf };
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return detectZipDocument(file);
  return null;
}

type ZipEntries = Map<string, yauzl.Entry>;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error("zip")) : resolve(zip),
    ),
  );
}

/** Reads the central directory only, refusing archives whose declared sizes are out of bounds. */
function listEntries(zip: yauzl.ZipFile, compressedSize: number): Promise<ZipEntries | null> {
  if (zip.entryCount > ZIP_LIMITS.maxEntries) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const entries: ZipEntries = new Map();
    let total = 0;
    zip.on("entry", (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > ZIP_LIMITS.maxTotalUncompressed || total > compressedSize * ZIP_LIMITS.maxRatio + 1024 * 1024) {
        resolve(null);
        return;
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

/** Reads at most `limit` bytes of one small entry (the mimetype or content-types file). */
function readEntryText(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<string | null> {
  if (entry.uncompressedSize > limit) return Promise.resolve(null);
  return new Promise((resolve) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return resolve(null);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (c: Buffer) => {
        size += c.length;
        if (size > limit) {
          stream.destroy();
          resolve(null);
          return;
        }
        chunks.push(c);
      });
      stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      stream.on("error", () => resolve(null));
    });
  });
}

async function detectZipDocument(file: string): Promise<CvType | null> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(file);
    const handle = await open(file, "r");
    const { size } = await handle.stat();
    await handle.close();
    const entries = await listEntries(zip, size);
    if (!entries) return null;
    const mimetype = entries.get("mimetype");
    if (mimetype) {
      const text = await readEntryText(zip, mimetype, 200);
      return text?.trim() === ODT_MIME ? { type: "odt", mime: CV_MIME.odt } : null;
    }
    const types = entries.get("[Content_Types].xml");
    if (types && entries.has("word/document.xml")) {
      const text = await readEntryText(zip, types, ZIP_LIMITS.maxMetaBytes);
      return text?.includes(DOCX_MAIN) ? { type: "docx", mime: CV_MIME.docx } : null;
    }
    return null;
  } catch {
    return null;
  } finally {
    zip?.close();
  }
}
