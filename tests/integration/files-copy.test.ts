import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { buffer } from "node:stream/consumers";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files } from "@/db/schema";
import { copyFiles } from "@/lib/files/copy";
import { diskStore, storedPath } from "@/lib/files/disk-store";
import { createTestData, onPostgres, type TestData } from "../helpers/test-data";
import { apply, validFields } from "../helpers/intake";
import { startS3, type S3Server } from "../helpers/s3";

let t: TestData;
let s3: S3Server;
beforeAll(async () => {
  t = await createTestData();
  s3 = await startS3();
  for (let i = 0; i < 10; i++) {
    const cv = new File([Buffer.from(`%PDF-1.4\n% CV number ${i}\n%%EOF\n`)], `cv-${i}.pdf`, {
      type: "application/pdf",
    });
    expect((await apply({ ...validFields(), cv })).status).toBe(201);
  }
});
afterAll(async () => {
  await s3.stop();
  await t.cleanup();
});

const rows = () => t.db.read().select().from(files).orderBy(asc(files.id)).all();

/** `npm run files:copy` with these settings, until it exits (asynchronous: the S3 server is in this process). */
function filesCopy(extra: Record<string, string | undefined>): Promise<{ status: number | null; out: string }> {
  const env = { ...process.env, DATABASE_PATH: `${t.dir}/rekry.db`, UPLOAD_DIR: t.uploadDir, ...extra };
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/files-copy.ts"], { env });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.on("exit", (status) => resolve({ status, out })));
}

describe("npm run files:copy", () => {
  it("refuses in one line without the S3 settings", () => {
    const env = { ...process.env, DATABASE_PATH: `${t.dir}/rekry.db`, UPLOAD_DIR: t.uploadDir };
    for (const k of Object.keys(s3.env)) delete env[k as keyof typeof env];
    const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/files-copy.ts"], {
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^files:copy copies UPLOAD_DIR into a bucket: set S3_ENDPOINT, S3_BUCKET/);
  }, 30_000);

  it("checks each CV against its SHA-256, resumes after an interruption without copying twice, and names what it could not copy", async () => {
    const all = await rows();
    const [tampered, lost] = all.slice(-2);
    writeFileSync(storedPath(t.uploadDir, tampered!.storageKey), "%PDF-1.4 not the bytes that were sent");
    rmSync(storedPath(t.uploadDir, lost!.storageKey));

    const from = diskStore(t.uploadDir);
    const interrupted = copyFiles(t.db, from, s3.store(), ({ done }) => {
      if (done >= 8) throw new Error("interrupted");
    });
    await expect(interrupted).rejects.toThrow("interrupted");
    expect(await s3.keys()).toHaveLength(8);

    const report = await copyFiles(t.db, from, s3.store());
    expect(report).toMatchObject({
      total: 10,
      copied: 0,
      present: 8,
      missing: [lost!.storageKey],
      mismatched: [tampered!.storageKey],
    });
    for (const row of all.slice(0, 8)) {
      const object = (await s3.store().get(row.storageKey))!;
      expect(
        createHash("sha256")
          .update(await buffer(object.body))
          .digest("hex"),
      ).toBe(row.sha256);
    }
  });

  it.skipIf(onPostgres)(
    "prints progress and the final count, and fails while a CV could not be copied",
    async () => {
      const run = await filesCopy(s3.env);
      expect(run.out).toContain(`into s3://${s3.bucket}/rekry/`);
      expect(run.out).toMatch(/10 CVs: 0 copied, 8 already there, 1 missing from .*, 1 not matching their SHA-256/);
      expect(run.status).toBe(1);
    },
    30_000,
  );
});
