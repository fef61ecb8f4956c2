import { AppError } from "@/lib/errors";
import { publicOrigin } from "./origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another site. `requireOrigin` also
 * refuses one without an Origin header (used where a session cookie would ride along).
 */
export function refuseCrossSite(request: Request, requireOrigin = false): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  const allowed = new Set([publicOrigin(), new URL(request.url).origin]);
  if (origin && !allowed.has(origin)) throw new AppError("forbidden", "Cross-site request refused.");
  if (!origin && requireOrigin) throw new AppError("forbidden", "Cross-site request refused.");
}
