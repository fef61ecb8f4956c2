import "server-only";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
import { hitRateLimitNow, rateLimited } from "@/lib/security/rate-limit";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { msg } from "@/lib/i18n/command-text";

/** Counts a wrong token against the address; past 20 in 10 minutes, guessing gets 429. */
export async function noteTokenMiss(headers: Headers): Promise<void> {
  const hit = await hitRateLimitNow("status-misses", clientIp(headers, env().TRUST_PROXY));
  if (!hit.ok) throw rateLimited(hit, msg("common.tooManyAttempts"));
}

/**
 * The candidate's self-service endpoints: same-site posts, token misses rate-limited, and for a
 * plain form post (no JavaScript) a redirect back to the status page saying what happened.
 */
export function statusAction(run: (token: string) => Promise<Response | void> | Response | void, done: string) {
  return async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
    const { token } = await params;
    return handleApi(async () => {
      // The status page sends no referrer, so its own forms arrive with "Origin: null"; the
      // token in the path is the credential here, and a foreign origin is still refused.
      if (request.headers.get("origin") !== "null") refuseCrossSite(request);
      try {
        const response = await run(token);
        if (response) return response;
      } catch (e) {
        if (isAppError(e) && e.code === "not_found") await noteTokenMiss(request.headers);
        throw e;
      }
      if (wantsHtml(request))
        return new Response(null, {
          status: 303,
          headers: { Location: `/status/${token}?done=${done}`, "Cache-Control": "no-store" },
        });
      return Response.json({ ok: true, done }, { headers: { "Cache-Control": "no-store" } });
    });
  };
}
