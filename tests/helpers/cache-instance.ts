import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const HANDLER = pathToFileURL(path.resolve(import.meta.dirname, "../../lib/cache/isr-cache-handler.mjs")).href;

/**
 * One app instance's cache, in a worker thread of its own: its own module state, as a separate
 * process would have (Next's in-memory pages and tag manifest are per process). Like Next, it
 * constructs a handler for every call. Whatever the handler logs is kept, for the tests to read.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { nodeFs } = require("next/dist/server/lib/node-fs-methods");
const { areTagsStale } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
const logs = [];
console.error = console.warn = (...args) => logs.push(args.join(" "));
const ready = import(workerData.handler).then((module) => module.default);
const handler = async () => new (await ready)({
  dev: false, fs: nodeFs, flushToDisk: false, serverDistDir: workerData.distDir,
  revalidatedTags: [], maxMemoryCacheSize: 50 * 1024 * 1024, _requestHeaders: {},
});
const ops = {
  async set(key, html, tags) {
    const value = { kind: "APP_PAGE", html, rscData: Buffer.from(html), status: 200,
      headers: { "x-next-cache-tags": tags.join(",") }, postponed: undefined, segmentData: undefined };
    await (await handler()).set(key, value, { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false,
      cacheControl: { revalidate: 3600, expire: 31536000 } });
  },
  async get(key) {
    const entry = await (await handler()).get(key, { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false });
    if (!entry) return null;
    const tags = entry.value.headers["x-next-cache-tags"].split(",");
    return { html: entry.value.html, stale: areTagsStale(tags, entry.lastModified) };
  },
  async revalidateTag(tags, durations) { await (await handler()).revalidateTag(tags, durations); },
  async logs() { return logs; },
};
parentPort.on("message", ({ id, op, args }) => {
  ops[op](...args).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String(error && error.stack || error) }),
  );
});
`;

export type CachedPage = { html: string; stale: boolean } | null;

export class CacheInstance {
  readonly #worker: Worker;
  /** Next's build folder for the handler, made for this instance and removed with it. */
  readonly #distDir: string;
  #next = 0;
  readonly #waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  /**
   * `databaseUrl` becomes the instance's DATABASE_URL; without one it runs as on SQLite. `phase`
   * is Next's NEXT_PHASE, which `next build` sets for its workers. `checkMs` is its
   * CACHE_TAGS_CHECK_MS: 0 (every read asks PostgreSQL) unless a test is about that window.
   */
  constructor(databaseUrl?: string, phase?: string, checkMs = 0) {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    delete env.DATABASE_URL;
    delete env.NEXT_PHASE;
    env.CACHE_TAGS_CHECK_MS = String(checkMs);
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    if (phase) env.NEXT_PHASE = phase;
    this.#distDir = mkdtempSync(path.join(os.tmpdir(), "rekry-cache-"));
    this.#worker = new Worker(WORKER, { eval: true, env, workerData: { handler: HANDLER, distDir: this.#distDir } });
    this.#worker.on("message", ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.#waiting.get(id);
      this.#waiting.delete(id);
      if (error) waiting?.reject(new Error(error));
      else waiting?.resolve(result);
    });
  }

  /** Stores an App Router page, as Next does after rendering it, with its tags in its headers. */
  set(key: string, html: string, tags: string[]): Promise<void> {
    return this.#call("set", key, html, tags) as Promise<void>;
  }

  /** The page as the handler answers it (null: a miss), and whether Next would find a tag stale. */
  get(key: string): Promise<CachedPage> {
    return this.#call("get", key) as Promise<CachedPage>;
  }

  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> {
    return this.#call("revalidateTag", tags, durations) as Promise<void>;
  }

  logs(): Promise<string[]> {
    return this.#call("logs") as Promise<string[]>;
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
    rmSync(this.#distDir, { recursive: true, force: true });
  }

  #call(op: string, ...args: unknown[]): Promise<unknown> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, op, args });
    });
  }
}
