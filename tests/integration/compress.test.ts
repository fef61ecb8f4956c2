import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compress, skipsCompression } from "@/lib/http/compress";

/** A server like scripts/server.ts: our compression in front of a handler that streams its answer. */
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) =>
    compress(req, res, () => {
      res.setHeader("content-type", req.url?.startsWith("/api/") ? "application/json" : "text/html");
      res.write(JSON.stringify({ ok: true, padding: "x".repeat(4000) }));
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function encodingOf(method: string, path: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, method, path, headers: { "accept-encoding": "gzip" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.headers["content-encoding"]));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("response compression", () => {
  it("gzips pages, reads and server actions, but not the answers to API commands", async () => {
    expect(await encodingOf("GET", "/staff/jobs/cloud-engineer")).toBe("gzip");
    expect(await encodingOf("GET", "/api/staff/jobs/cloud-engineer/applications")).toBe("gzip");
    expect(await encodingOf("POST", "/staff/jobs/cloud-engineer")).toBe("gzip");
    expect(await encodingOf("POST", "/api/staff/applications/1/move")).toBeUndefined();
    expect(await encodingOf("PUT", "/api/staff/interviews/1/scorecard")).toBeUndefined();
  });

  it("decides by method and path alone", () => {
    expect(skipsCompression("DELETE", "/api/staff/notes/3")).toBe(true);
    expect(skipsCompression("HEAD", "/api/health")).toBe(false);
    expect(skipsCompression("POST", "/apixyz")).toBe(false);
    expect(skipsCompression(undefined, undefined)).toBe(false);
  });
});
