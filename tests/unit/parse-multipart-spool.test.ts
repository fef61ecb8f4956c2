import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseApplicationMultipart } from "@/lib/applications/parse-multipart";
import { newStorageKey, tmpDir } from "@/lib/files/storage";
import { diskStore } from "@/lib/files/disk-store";

let uploadDir: string;
beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "rekry-spool-"));
});
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

/** How many files wait in the uploads' temporary folder. */
const spooled = async () => (await readdir(tmpDir(uploadDir)).catch(() => [] as string[])).length;

const BOUNDARY = "spoolboundary";
const head = Buffer.from(
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 `,
);

/** A body that breaks off inside the CV part, `hops` turns of the event loop after it began. */
function brokenBody(hops: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) return;
      sent = true;
      this.push(head);
      let left = hops;
      const next = () => (left-- > 0 ? setImmediate(next) : this.destroy(new Error("connection reset")));
      next();
    },
  });
}

describe("a body that breaks off inside the CV", () => {
  it("leaves no spooled file behind once the refusal is thrown, whenever the break comes", async () => {
    for (let round = 0; round < 40; round++) {
      // Eight at once, as on a busy server: their files' openings and removals share libuv's pool.
      const tries = Array.from({ length: 8 }, (_, hops) =>
        expect(
          parseApplicationMultipart(
            {
              headers: new Headers({ "content-type": `multipart/form-data; boundary=${BOUNDARY}` }),
              body: brokenBody(hops),
            },
            uploadDir,
          ),
        ).rejects.toMatchObject({ code: "invalid" }),
      );
      await Promise.all(tries);
      // Counted at once: the refusal has been answered, and a later sweep is no excuse.
      expect(await spooled(), `in round ${round}`).toBe(0);
    }
    // A file whose opening was still under way when the refusal came would appear only now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await spooled()).toBe(0);
  });
});

describe("a CV put into the disk store from a stream that breaks off", () => {
  it("leaves no temporary file behind", async () => {
    const store = diskStore(uploadDir);
    for (let round = 0; round < 40; round++) {
      const puts = Array.from({ length: 8 }, () => {
        const stream = new Readable({ read() {} });
        // Heard here too: the break may come before the store has started to read.
        stream.on("error", () => undefined);
        setImmediate(() => stream.destroy(new Error("source gone")));
        return expect(store.put(newStorageKey(), { size: 10, sha256: "0".repeat(64), stream })).rejects.toThrow(
          "source gone",
        );
      });
      await Promise.all(puts);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await spooled()).toBe(0);
  });
});
