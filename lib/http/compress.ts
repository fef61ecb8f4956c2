import compression from "compression";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Response compression for the production server, in place of Next's own (`compress: false` in
 * next.config.ts): the same gzip and threshold for pages, data and assets, except the answers to
 * API commands (POST, PUT, PATCH, DELETE under /api), which are a few hundred bytes of JSON. Their
 * length is not known up front, so gzip would run on every one: a 256 KB compressor allocated and
 * thrown away per card move, for an answer no shorter than before.
 */
export function skipsCompression(method: string | undefined, url: string | undefined): boolean {
  return method !== "GET" && method !== "HEAD" && (url ?? "").startsWith("/api/");
}

// The package is connect middleware: it reads only what a plain Node request and response have,
// though its types speak of Express's.
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const gzip = compression() as unknown as Middleware;

/**
 * The middleware for scripts/server.ts. A skipped request does not pass through the package at
 * all: its filter only runs once headers are written, after it has wrapped the response's write,
 * end and writeHead for every request.
 */
export const compress: Middleware = (req, res, next) =>
  skipsCompression(req.method, req.url) ? next() : gzip(req, res, next);
