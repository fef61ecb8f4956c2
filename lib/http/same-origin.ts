import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { publicOrigin } from "./origin";

function sameHost(origin: string, host: string | null): boolean {
  try {
    return host !== null && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another site. `requireOrigin` also
 * refuses one without an Origin header (used where a session cookie would ride along).
 */
export function refuseCrossSite(request: Request, requireOrigin = false): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  const allowed = new Set([publicOrigin(), new URL(request.url).origin]);
  // Same origin also when the page was opened at another name of this server (an address on the
  // LAN while PUBLIC_URL is still the localhost default): Origin then names the Host asked for.
  if (origin && !allowed.has(origin) && !sameHost(origin, request.headers.get("host")))
    throw new AppError("forbidden", msg("common.crossSite"));
  if (!origin && requireOrigin) throw new AppError("forbidden", msg("common.crossSite"));
}
