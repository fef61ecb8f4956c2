/** Only a path on this site may be a target after sign-in: no other host, no scheme tricks. */
export function safeNextPath(next: string | null | undefined, fallback = "/staff"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  try {
    const url = new URL(next, "http://rekry.invalid");
    if (url.origin !== "http://rekry.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
