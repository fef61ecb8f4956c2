// The CV reader's worker thread (lib/cv-text/reader.ts starts it with a memory limit and ends it
// on timeout). Plain JavaScript on purpose: the same file runs under the server's bundle, tsx
// scripts and vitest, with nothing to compile. It gets a spooled file's path and its sniffed type,
// and answers the text (at most maxBytes of UTF-8) or why there is none.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority, READER_NICE } from "../threads/lower-priority.mjs";

// Reading CVs gives way to the requests and the database on a busy machine.
lowerThreadPriority(READER_NICE);

/** Text that grows to a byte budget and then says it is full. */
function collector(maxBytes) {
  const parts = [];
  let bytes = 0;
  let full = false;
  return {
    add(piece) {
      if (full || !piece) return !full;
      const size = Buffer.byteLength(piece);
      if (bytes + size > maxBytes) {
        const room = Buffer.from(piece)
          .subarray(0, maxBytes - bytes)
          .toString();
        // A cut through a character leaves U+FFFD at the end: drop it.
        parts.push(room.replace(/\uFFFD$/, ""));
        full = true;
        return false;
      }
      parts.push(piece);
      bytes += size;
      return true;
    },
    get full() {
      return full;
    },
    text: () => parts.join(""),
  };
}

async function readPdf(data, out) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    return { ok: false, note: e && e.name === "PasswordException" ? "encrypted" : "unreadable" };
  }
  for (let n = 1; n <= doc.numPages && !out.full; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let line = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        out.add(line + "\n");
        line = "";
      }
    }
    out.add(line + "\n\n");
    page.cleanup();
  }
  await doc.destroy();
  return null;
}

async function readDocx(data, out) {
  const mammoth = (await import("mammoth")).default;
  const { value } = await mammoth.extractRawText({ buffer: data });
  out.add(value);
  return null;
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of an ODF content.xml: paragraphs and headings a line each, tabs and spaces kept. */
export function odfText(xml) {
  return xml
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_, c) => " ".repeat(Math.min(Number(c ?? 1), 100)))
    .replace(/<text:tab\s*\/>/g, "\t")
    .replace(/<text:line-break\s*\/>/g, "\n")
    .replace(/<\/text:(?:p|h)>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
      return ENTITIES[e] ?? m;
    });
}

/** content.xml of an OpenDocument file, read up to a limit so a zip bomb stops early. */
async function readOdt(file, out, maxXmlBytes) {
  const yauzl = (await import("yauzl")).default;
  const xml = await new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on("error", reject);
      zip.on("end", () => reject(new Error("no content.xml")));
      zip.on("entry", (entry) => {
        if (entry.fileName !== "content.xml") return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          let size = 0;
          stream.on("data", (chunk) => {
            size += chunk.length;
            if (size > maxXmlBytes) {
              stream.destroy();
              zip.close();
              resolve(Buffer.concat(chunks).toString("utf8"));
              return;
            }
            chunks.push(chunk);
          });
          stream.on("error", reject);
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString("utf8"));
          });
        });
      });
      zip.readEntry();
    });
  });
  out.add(odfText(xml));
  return null;
}

/** Control characters (but tab and newline) and private-use ones, which mark snippets, go. */
function tidy(text) {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ue000-\uf8ff]/g, " ")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

async function extract({ file, type, maxBytes }) {
  const out = collector(maxBytes);
  try {
    let failed = null;
    if (type === "pdf") failed = await readPdf(new Uint8Array(await readFile(file)), out);
    else if (type === "docx") failed = await readDocx(await readFile(file), out);
    else if (type === "odt") failed = await readOdt(file, out, maxBytes * 8);
    else failed = { ok: false, note: "unreadable" };
    if (failed) return failed;
  } catch {
    return { ok: false, note: "unreadable" };
  }
  const text = tidy(out.text());
  // Fewer than a handful of letters is a scan with a stray mark, not a CV's text.
  if ((text.match(/\p{L}/gu) ?? []).length < 10) return { ok: false, note: "no_text" };
  return { ok: true, text, truncated: out.full };
}

if (parentPort) {
  parentPort.on("message", (job) => {
    extract(job).then(
      (result) => parentPort.postMessage({ id: job.id, ...result }),
      () => parentPort.postMessage({ id: job.id, ok: false, note: "unreadable" }),
    );
  });
}
