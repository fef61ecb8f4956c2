import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { s3Store } from "@/lib/files/s3-store";
import { startS3, type S3Server } from "../helpers/s3";
import { startSetup } from "../helpers/start";

let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(() => s3.stop());

/** `npm start` with these settings, until it exits; asynchronous, so the S3 server here can answer. */
function start(extra: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const { args, env, dir } = startSetup(extra);
  const child = spawn(process.execPath, args, { env });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on("exit", (status) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ status, stderr });
    }),
  );
}

describe("S3 settings", () => {
  it("refuses some S3 settings without the rest, naming each missing one", () => {
    expect(() => parseEnv({ S3_BUCKET: "cvs", S3_ENDPOINT: "https://s3.example.com" })).toThrow(
      "Invalid configuration:\n" +
        "  S3_ACCESS_KEY_ID: set it too, or unset S3_ENDPOINT, S3_BUCKET to keep CVs in UPLOAD_DIR\n" +
        "  S3_SECRET_ACCESS_KEY: set it too, or unset S3_ENDPOINT, S3_BUCKET to keep CVs in UPLOAD_DIR",
    );
    expect(() => parseEnv({ ...s3.env, S3_ENDPOINT: "s3.example.com" })).toThrow(/S3_ENDPOINT must be an absolute/);
    expect(parseEnv(s3.env)).toMatchObject({ S3_BUCKET: s3.bucket, S3_REGION: "us-east-1" });
  });

  it("passes the start-up check on a writable bucket and leaves no probe object behind", async () => {
    expect(await s3.store().check()).toBeNull();
    expect(await s3.keys()).toEqual([]);
  });

  it("says in one line what is wrong: no such bucket, refused credentials, nothing listening", async () => {
    expect(await s3Store({ ...s3.setting, bucket: "no-such-bucket" }).check()).toBe(
      `S3 bucket "no-such-bucket" does not exist at ${s3.endpoint}`,
    );
    // s3rver knows its access key ids, but does not check SigV4 signatures: a wrong key id it refuses.
    expect(await s3Store({ ...s3.setting, accessKeyId: "NOBODY" }).check()).toBe(
      `S3 at ${s3.endpoint} refuses the access key NOBODY for bucket "${s3.bucket}"`,
    );
    expect(await s3Store({ ...s3.setting, endpoint: "http://127.0.0.1:1" }).check()).toMatch(
      /^S3 at http:\/\/127\.0\.0\.1:1 is unreachable: \S/,
    );
  });

  it("stops npm start with that one line, and no stack trace", async () => {
    const run = await start({ ...s3.env, S3_BUCKET: "no-such-bucket" });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd()).toBe(`S3 bucket "no-such-bucket" does not exist at ${s3.endpoint}`);
  }, 60_000);
});
