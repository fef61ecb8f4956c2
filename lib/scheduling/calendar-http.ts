import "server-only";
import http from "node:http";
import https from "node:https";
import { checkedAddress, OutboundRefused } from "@/lib/security/outbound";

/** Why a calendar could not be read, in words for the person who connected it. */
export class CalendarError extends Error {}

export const CALENDAR_TIMEOUT_MS = 5_000;
export const CALENDAR_MAX_BYTES = 5 * 1024 * 1024;

export type CalendarFetchOptions = { allowPrivate: boolean; timeoutMs?: number; maxBytes?: number };

/**
 * `fetch` for calendar servers, guarded like webhooks (lib/security/outbound.ts): the name is
 * resolved once and checked (private and loopback addresses refused unless allowed), the socket
 * goes to that checked address, the whole exchange has 5 s, the body at most 5 MB, and redirects
 * come back as they are (callers decide; nothing follows one to an unchecked place).
 */
export function guardedFetch(options: CalendarFetchOptions) {
  const timeoutMs = options.timeoutMs ?? CALENDAR_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? CALENDAR_MAX_BYTES;
  return async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new CalendarError("Only http(s) URLs.");
    let target;
    try {
      target = await checkedAddress(url, options.allowPrivate);
    } catch (e) {
      throw new CalendarError(e instanceof OutboundRefused ? e.message : `${url.hostname} could not be reached.`);
    }
    const { address, family } = target;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === "string" ? init.body : init.body == null ? undefined : String(init.body);
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    const client = url.protocol === "https:" ? https : http;
    return new Promise<Response>((resolve, reject) => {
      const fail = (message: string) => {
        clearTimeout(timer);
        request.destroy();
        reject(new CalendarError(message));
      };
      const request = client.request(url, {
        method: init.method ?? "GET",
        headers,
        lookup: ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) =>
          opts.all ? callback(null, [{ address, family }]) : callback(null, address, family)) as never,
      });
      const timer = setTimeout(() => fail(`${url.host} did not answer within ${timeoutMs / 1000} s.`), timeoutMs);
      request.on("error", (e) => fail(`${url.host} could not be reached (${e.message}).`));
      request.on("response", (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) fail(`${url.host} sent more than ${Math.round(maxBytes / 1024 / 1024)} MB; refused.`);
          else chunks.push(chunk);
        });
        response.on("error", (e) => fail(`${url.host} broke off its answer (${e.message}).`));
        response.on("end", () => {
          clearTimeout(timer);
          const status = response.statusCode ?? 502;
          const answerHeaders = new Headers();
          for (const [k, v] of Object.entries(response.headers))
            if (v !== undefined) answerHeaders.set(k, Array.isArray(v) ? v.join(", ") : v);
          const empty = status === 204 || status === 304 || status < 200;
          resolve(
            new Response(empty ? null : Buffer.concat(chunks), {
              status: Math.max(status, 200),
              headers: answerHeaders,
            }),
          );
        });
      });
      request.end(body);
    });
  };
}

/** GET following at most 3 redirects, each to a checked address (an ICS feed often moves). */
export async function getFollowing(url: string, options: CalendarFetchOptions, headers: Record<string, string> = {}) {
  const get = guardedFetch(options);
  let at = new URL(url);
  for (let hop = 0; hop <= 3; hop++) {
    const response = await get(at, { headers });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return response;
    const next = new URL(location, at);
    if (at.protocol === "https:" && next.protocol !== "https:")
      throw new CalendarError(`${at.host} redirects to a plain http:// address; refused.`);
    at = next;
  }
  throw new CalendarError("The calendar redirects too many times.");
}
