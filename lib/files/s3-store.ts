import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import type { FileStore, ListedObject, PutSource } from "./store";
import { checkedKey, safeKey } from "./storage";

export type S3Setting = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  prefix: string;
};

// The SDK warns on every start that its releases from 2027 need Node 22; package-lock.json pins
// the one this runs, and the warning would bury the start-up's one-line messages.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

/** "rekry", "/rekry/" and "rekry/" all mean the folder rekry/; empty means the bucket's root. */
export function normalPrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `${trimmed}/` : "";
}

const statusOf = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
const firstLine = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e)).split("\n")[0];

type Sdk = typeof import("@aws-sdk/client-s3");

/** Tries of a put from a file (a spooled upload): about 0.1 s and 0.4 s apart. */
export const PUT_ATTEMPTS = 3;

function connect(sdk: Sdk, setting: S3Setting): S3Client {
  return new sdk.S3Client({
    endpoint: setting.endpoint,
    region: setting.region,
    forcePathStyle: true,
    credentials: { accessKeyId: setting.accessKeyId, secretAccessKey: setting.secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // The SDK cannot replay a streamed body; a put from a file is retried by the store itself
    // (putFromFile below), with a fresh stream each time.
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 5000, requestTimeout: 30_000 },
  });
}

/**
 * CVs in an S3-compatible bucket under `<prefix>cv/<key>`. Path-style addressing and checksums
 * only when an operation requires them: Ceph RGW and other S3-compatible servers refuse the SDK's
 * newer default checksums. The SHA-256 the intake measured is kept as the object's metadata, so
 * `npm run files:copy` can tell an object already copied whole from one to copy again.
 */
export function s3Store(setting: S3Setting): FileStore {
  // The SDK is loaded on first use: a server keeping CVs on disk never holds it in memory.
  let opened: Promise<{ sdk: Sdk; client: S3Client }> | undefined;
  const open = () => (opened ??= import("@aws-sdk/client-s3").then((sdk) => ({ sdk, client: connect(sdk, setting) })));
  const Bucket = setting.bucket;
  const root = `${normalPrefix(setting.prefix)}cv/`;
  const name = (key: string) => root + safeKey(key);

  const put = async (Key: string, Body: Readable | Buffer, size: number, sha256: string) => {
    const { sdk, client } = await open();
    await client.send(new sdk.PutObjectCommand({ Bucket, Key, Body, ContentLength: size, Metadata: { sha256 } }));
  };
  return {
    where: `s3://${Bucket}/${normalPrefix(setting.prefix)}`,
    async put(key: string, source: PutSource) {
      const Key = root + checkedKey(key);
      // A file can be read again: a busy server's 5xx or a dropped connection is tried again, up to
      // PUT_ATTEMPTS times, before the applicant is asked to send again. A stream is sent once.
      const attempts = "file" in source ? PUT_ATTEMPTS : 1;
      for (let attempt = 1; ; attempt++) {
        const body = "file" in source ? createReadStream(source.file) : source.stream;
        try {
          await put(Key, body, source.size, source.sha256);
          return false;
        } catch (error) {
          const status = statusOf(error);
          if (attempt >= attempts || (status !== undefined && status < 500)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * 4 ** (attempt - 1) * (0.5 + Math.random())));
        } finally {
          body.destroy();
        }
      }
    },
    async get(key: string) {
      const { sdk, client } = await open();
      try {
        const answer = await client.send(new sdk.GetObjectCommand({ Bucket, Key: name(key) }));
        return { size: answer.ContentLength ?? 0, body: answer.Body as Readable };
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw e;
      }
    },
    async head(key: string) {
      const { sdk, client } = await open();
      try {
        const answer = await client.send(new sdk.HeadObjectCommand({ Bucket, Key: name(key) }));
        return { size: answer.ContentLength ?? 0, sha256: answer.Metadata?.sha256 ?? null };
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw e;
      }
    },
    async delete(key: string) {
      const { sdk, client } = await open();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: name(key) }));
    },
    async *list(prefix: string): AsyncGenerator<ListedObject> {
      const { sdk, client } = await open();
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListObjectsV2Command({ Bucket, Prefix: root + prefix, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          const modified = object.LastModified ?? null;
          yield { key: object.Key.slice(root.length), modifiedAt: async () => modified };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async check() {
      const { sdk, client } = await open();
      try {
        await client.send(new sdk.HeadBucketCommand({ Bucket }));
      } catch (e) {
        const status = statusOf(e);
        if (status === 404) return `S3 bucket "${Bucket}" does not exist at ${setting.endpoint}`;
        if (status === 403 || status === 401)
          return `S3 at ${setting.endpoint} refuses the access key ${setting.accessKeyId} for bucket "${Bucket}"`;
        return `S3 at ${setting.endpoint} is unreachable: ${firstLine(e)}`;
      }
      // A write, a read and a delete of a probe object: the bucket exists, and the key may use it.
      // A server error or a dropped connection is tried again, as for a CV (an S3 server answers
      // 500 InternalError or 503 SlowDown when busy, and asks to be retried); a refusal is not.
      const Key = `${normalPrefix(setting.prefix)}rekry-probe-${randomBytes(8).toString("hex")}`;
      const probe = randomBytes(32);
      for (let attempt = 1; ; attempt++) {
        let step = "write to";
        try {
          await put(Key, probe, probe.length, "probe");
          step = "read from";
          const answer = await client.send(new sdk.GetObjectCommand({ Bucket, Key }));
          const back = Buffer.from(await answer.Body!.transformToByteArray());
          if (!back.equals(probe))
            return `S3 bucket "${Bucket}" at ${setting.endpoint} gave back other bytes than written`;
          step = "delete from";
          await client.send(new sdk.DeleteObjectCommand({ Bucket, Key }));
          break;
        } catch (e) {
          const status = statusOf(e);
          if (attempt >= PUT_ATTEMPTS || (status !== undefined && status < 500))
            return `S3 bucket "${Bucket}" at ${setting.endpoint}: cannot ${step} it (${firstLine(e)})`;
          await new Promise((resolve) => setTimeout(resolve, 100 * 4 ** (attempt - 1) * (0.5 + Math.random())));
        }
      }
      return null;
    },
  };
}
