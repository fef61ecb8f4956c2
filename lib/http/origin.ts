import { env, publicUrlOf } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";

/** The site's public origin, from configuration only: a request never decides where links point. */
export function publicOrigin(): string {
  return publicUrlOf(env());
}

/** "host[:port]" as a URL of this protocol spells it: lower case, default port left out. */
function normalHost(protocol: string, host: string): string | null {
  try {
    const url = new URL(`${protocol}//${host}`);
    return url.pathname === "/" && !url.username && !url.password ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * Whether a request was addressed to this site. Behind a trusted proxy the original host is the
 * last X-Forwarded-Host entry (the one our proxy added), else the proxy's Host. Without
 * TRUST_PROXY, X-Forwarded-Host is the client's to forge, so only Host counts.
 */
export function isConfiguredHost(headers: Headers): boolean {
  const expected = new URL(publicOrigin());
  const forwarded = env().TRUST_PROXY ? headers.get("x-forwarded-host")?.split(",").pop()?.trim() : undefined;
  const claimed = forwarded || headers.get("host");
  return claimed != null && normalHost(expected.protocol, claimed) === expected.host;
}

/**
 * The origin for links in an answer to this request or in mails it causes. A request addressed
 * to another host is refused with 421 before any work is done.
 */
export function originForRequest(headers: Headers): string {
  if (!isConfiguredHost(headers)) {
    throw new AppError("misdirected", msg("common.wrongOrigin", { origin: publicOrigin() }));
  }
  return publicOrigin();
}
