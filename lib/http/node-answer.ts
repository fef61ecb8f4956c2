import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "@/lib/security/headers";

/** A Node request's headers as a Web `Headers`, repeated fields kept as the Fetch standard joins them. */
export function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/** Writes a Web `Response` (a small, fully buffered one) to Node's response, with the site's security headers. */
export async function sendAnswer(res: ServerResponse, answer: Response): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  for (const [key, value] of answer.headers) if (key !== "set-cookie") res.setHeader(key, value);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) res.setHeader("Set-Cookie", cookies);
  res.setHeader("Content-Length", body.length);
  res.writeHead(answer.status);
  res.end(body);
}
