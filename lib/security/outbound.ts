import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";

/**
 * Requests to addresses people type in (webhook URLs), guarded against server-side request
 * forgery: the name is resolved once, every address it gives is checked, and the connection goes
 * to the checked address (no second lookup a rebinding name could answer differently). Redirects
 * are never followed.
 */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

export class OutboundRefused extends Error {}

const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const)
  blocked.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64, which may lead to any IPv4 address
  ["100::", 64],
  ["2001:db8::", 32],
  ["2002::", 16], // 6to4, likewise
  ["fc00::", 7], // unique local (and fd00:ec2::254, a metadata address)
  ["fe80::", 10], // link-local
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, bits, "ipv6");

/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail folded in). */
function groupsOf(ip: string): number[] {
  let text = ip.toLowerCase().split("%")[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = text.slice(0, -dotted[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** An IPv4 address carried in IPv6 (::ffff:a.b.c.d, or the old ::a.b.c.d), as IPv4. */
function embeddedV4(ip: string): string | null {
  const g = groupsOf(ip);
  if (g.slice(0, 5).some((x) => x !== 0) || (g[5] !== 0xffff && g[5] !== 0)) return null;
  if (g[5] === 0 && g[6] === 0) return null; // :: and ::1 are IPv6's own
  return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join(".");
}

/** Loopback, private, link-local, CGNAT, metadata, reserved, or not an address at all. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "");
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedV4(ip);
  return v4 ? blocked.check(v4, "ipv4") : blocked.check(ip, "ipv6");
}

export type OutboundOptions = {
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
  resolve?: Resolver;
};

export type OutboundAnswer = { status: number; body: string; latencyMs: number };

/** The address to connect to, checked; refuses before anything is sent. */
export async function checkedAddress(url: URL, allowPrivate: boolean, resolve: Resolver = systemResolver) {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  const addresses = family ? [{ address: host, family }] : await resolve(host).catch(() => []);
  if (addresses.length === 0) throw new OutboundRefused(`${host} does not resolve.`);
  const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw new OutboundRefused(`${host} leads to ${bad.address}, a private or reserved address; refused.`);
  return addresses[0]!;
}

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 32 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 32 }),
};

const KEEP = 1024;

/** POSTs `body`; answers the status, the first 1 KB of the answer and the time taken. */
export async function postGuarded(target: string, body: string, options: OutboundOptions): Promise<OutboundAnswer> {
  const url = new URL(target);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundRefused("Only http(s) URLs.");
  const { address, family } = await checkedAddress(url, options.allowPrivate, options.resolve);
  const started = performance.now();
  const client = url.protocol === "https:" ? https : http;
  return new Promise<OutboundAnswer>((resolve, reject) => {
    const request = client.request(url, {
      method: "POST",
      agent: agents[url.protocol as "http:" | "https:"],
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...options.headers },
      // Connects to the address checked above, whatever the name would resolve to now.
      lookup: ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) =>
        opts.all ? callback(null, [{ address, family }]) : callback(null, address, family)) as never,
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`No answer within ${options.timeoutMs / 1000} s.`)),
      options.timeoutMs,
    );
    request.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on("data", (chunk: Buffer) => {
        if (kept < KEEP) chunks.push(chunk);
        kept += chunk.length;
        if (kept > 64 * KEEP) response.destroy();
      });
      const done = () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).subarray(0, KEEP).toString("utf8"),
          latencyMs: Math.round(performance.now() - started),
        });
      };
      response.on("end", done);
      response.on("close", done);
      response.on("error", done);
    });
    request.end(body);
  });
}
