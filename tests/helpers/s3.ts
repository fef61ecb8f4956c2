import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { s3Store, type S3Setting } from "@/lib/files/s3-store";
import type { FileStore } from "@/lib/files/store";

/** s3rver's fixed credentials: it checks each request's signature against them. */
const KEY = "S3RVER";

export type S3Server = {
  endpoint: string;
  bucket: string;
  /** The settings as lib/env.ts reads them, for a child process or a server. */
  env: Record<string, string>;
  setting: S3Setting;
  store: () => FileStore;
  /** Every CV key the store holds. */
  keys: () => Promise<string[]>;
  stop: () => Promise<void>;
};

/**
 * A real S3-protocol server (s3rver 3, in this process) on loopback, with one empty bucket. It
 * keeps its objects in a folder of its own, removed when it stops.
 */
export async function startS3(options: { port?: number; bucket?: string; prefix?: string } = {}): Promise<S3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "rekry-s3-"));
  const bucket = options.bucket ?? "rekry-cvs";
  const server = new S3rver({
    port: options.port ?? 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return withServer(endpoint, bucket, options.prefix ?? "rekry/", async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });
}

function withServer(endpoint: string, bucket: string, prefix: string, stop: () => Promise<void>): S3Server {
  const setting: S3Setting = { endpoint, bucket, region: "us-east-1", accessKeyId: KEY, secretAccessKey: KEY, prefix };
  return {
    endpoint,
    bucket,
    setting,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
      S3_PREFIX: prefix,
    },
    store: () => s3Store(setting),
    keys: () => storedKeys(s3Store(setting)),
    stop,
  };
}

/** Every key the store holds. */
export async function storedKeys(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of store.list("")) keys.push(object.key);
  return keys.sort();
}

export type Fault = "put" | "get" | "delete" | "probe";

export type FaultyS3 = S3Server & {
  /**
   * From now on, requests of this kind to a CV fail (a put refused, a get cut off half way, a
   * delete refused): of puts and deletes, `times` of them (all, without it), then they pass again.
   */
  fail: (fault: Fault | null, times?: number) => void;
};

/**
 * A proxy in front of a real S3 server that makes the server fail on demand, the way a busy or
 * broken one does: a put answered 503 SlowDown, a get whose body stops half way (the connection
 * is cut), a delete answered 500, the start-up probe's write answered 500. Everything else passes
 * through unchanged.
 */
export async function startFaultyS3(): Promise<FaultyS3> {
  const real = await startS3();
  const upstream = new URL(real.endpoint);
  let fault: Fault | null = null;
  let remaining = Infinity;
  const isCv = (url = "") => url.includes("/cv/");
  const proxy = http.createServer((req, res) => {
    const method = req.method ?? "GET";
    if (fault === "probe" && method === "PUT" && req.url?.includes("rekry-probe-")) {
      if (--remaining <= 0) fault = null;
      req.resume();
      res.writeHead(500, { "content-type": "application/xml" });
      res.end("<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>");
      return;
    }
    if (fault === "put" && method === "PUT" && isCv(req.url)) {
      if (--remaining <= 0) fault = null;
      req.resume();
      res.writeHead(503, { "content-type": "application/xml" });
      res.end("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>");
      return;
    }
    if (fault === "delete" && method === "DELETE" && isCv(req.url)) {
      if (--remaining <= 0) fault = null;
      res.writeHead(500, { "content-type": "application/xml" });
      res.end("<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>");
      return;
    }
    const cut = fault === "get" && method === "GET" && isCv(req.url) && !req.url?.includes("list-type");
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!cut) return void answer.pipe(res);
        // Half the body, then the connection drops.
        const half = Number(answer.headers["content-length"] ?? 0) / 2;
        let sent = 0;
        answer.on("data", (chunk: Buffer) => {
          if (sent >= half) return;
          const part = chunk.subarray(0, Math.max(0, half - sent));
          sent += part.length;
          res.write(part);
          if (sent >= half) setTimeout(() => res.socket?.destroy(), 20);
        });
      },
    );
    forward.on("error", () => res.socket?.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const server = withServer(endpoint, real.bucket, real.setting.prefix, async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await real.stop();
  });
  return {
    ...server,
    fail: (next, times = Infinity) => {
      fault = next;
      remaining = times;
    },
  };
}
