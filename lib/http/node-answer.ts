import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "@/lib/security/headers";

/** A Node request's headers as a Web `Headers`, repeated fields kept as the Fetch standard joins them. */
export function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/** Writes a small answer to Node's response, with the site's security headers. */
export function sendAnswer(
  res: ServerResponse,
  answer: { status: number; headers: Record<string, string>; body: string | null },
): void {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  for (const [key, value] of Object.entries(answer.headers)) res.setHeader(key, value);
  const body = answer.body ?? "";
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.writeHead(answer.status);
  res.end(body);
}
