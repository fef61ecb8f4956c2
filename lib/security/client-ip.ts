/**
 * Our server (scripts/server.ts) writes the socket's address into this header after
 * removing any value a client sent, so it cannot be forged.
 */
export const CLIENT_IP_HEADER = "x-rekry-client-ip";

/**
 * The address a request came from. Behind a trusted reverse proxy (TRUST_PROXY=true) that is
 * the last X-Forwarded-For entry, the one the proxy itself appended; otherwise the socket's.
 */
export function clientIp(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers.get("x-forwarded-for");
    const last = forwarded
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return last;
  }
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
