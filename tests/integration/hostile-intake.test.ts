import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { createTestData, type TestData } from "../helpers/test-data";
import { PDF, zipBomb } from "../helpers/files";
import { apply, rawApply, stored, validFields } from "../helpers/intake";

let t: TestData;
let bomb: Buffer;
beforeAll(async () => {
  t = await createTestData();
  bomb = await zipBomb();
}, 30_000);
afterAll(() => t.cleanup());

const enc = new TextEncoder();
const BOUNDARY = "fuzzboundary";

/** Multipart bodies that are wrong in every way we could think of, and then some at random. */
const part = fc.oneof(
  fc
    .record({
      name: fc.constantFrom("fullName", "email", "country", "note", "privacyConsent", "cv", "locale", "x"),
      value: fc.string({ maxLength: 300 }),
    })
    .map(({ name, value }) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  fc.string({ maxLength: 200 }).map((junk) => `--${BOUNDARY}\r\n${junk}\r\n`),
  fc.constant(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="fullName"\r\n\r\nA\u0000B\uFFFD\uD800\r\n`),
  fc.constant(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${"é".repeat(40_000)}\r\n`),
  fc.constant(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="cv"; filename="cv.docx"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 not really\r\n`,
  ),
);

const body = fc
  .tuple(fc.array(part, { maxLength: 8 }), fc.boolean(), fc.uint8Array({ maxLength: 64 }))
  .map(([parts, close, tail]) => {
    const text = parts.join("") + (close ? `--${BOUNDARY}--\r\n` : "");
    return Buffer.concat([Buffer.from(enc.encode(text)), Buffer.from(tail)]);
  });

const contentType = fc.constantFrom(
  `multipart/form-data; boundary=${BOUNDARY}`,
  "multipart/form-data; boundary=",
  "multipart/form-data",
  "multipart/form-data; boundary=wrong",
  "application/json",
  "text/plain",
  "",
);

describe("hostile input to the intake", () => {
  it("never answers 5xx and never stores anything on a 4xx, over 1,000 random and malformed bodies", async () => {
    const before = await stored(t.db, t.uploadDir);
    await fc.assert(
      fc.asyncProperty(body, contentType, async (raw, type) => {
        // A request that never answers is a failure too (fast-check then shrinks it to the culprit).
        const res = await Promise.race([
          rawApply(new Uint8Array(raw), type),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5000)),
        ]);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect((await stored(t.db, t.uploadDir)).applications).toBe(before.applications);
      }),
      { numRuns: 1000 },
    );
    expect(await stored(t.db, t.uploadDir)).toEqual(before);
    expect((await health()).status).toBe(200);
  }, 120_000);

  it("refuses files that lie about their type, zip bombs and overlong Unicode, storing nothing", async () => {
    const before = await stored(t.db, t.uploadDir);
    const cases: [string, Blob][] = [
      ["cv.docx", new Blob([new Uint8Array(bomb)])],
      ["cv.odt", new Blob([new Uint8Array(PDF.subarray(0, 4))])],
      ["cv.pdf", new Blob([new Uint8Array([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0x00])])],
    ];
    for (const [name, blob] of cases) {
      const res = await apply({ ...validFields(), cv: new File([blob], name) });
      expect(res.status).toBe(415);
    }
    const overlong = await apply({ ...validFields(), fullName: "x".repeat(70_000) });
    expect(overlong.status).toBe(400);
    expect(await stored(t.db, t.uploadDir)).toEqual(before);
  });
});
