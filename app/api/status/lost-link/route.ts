import { sendLostLinks } from "@/lib/candidates/lost-link";
import { env } from "@/lib/env";
import { originForRequest } from "@/lib/http/origin";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { msg } from "@/lib/i18n/command-text";
import { localePath } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/security/client-ip";
import { hitRateLimitNow, rateLimited } from "@/lib/security/rate-limit";
import { lostLinkRequest } from "@/lib/validations/lost-link";

/** Always the same answer, so the form cannot be used to learn who applied. */
export async function POST(request: Request) {
  return handleApi(async () => {
    const origin = originForRequest(request.headers);
    refuseCrossSite(request);
    const hit = await hitRateLimitNow("lost-link", clientIp(request.headers, env().TRUST_PROXY));
    if (!hit.ok) throw rateLimited(hit, msg("common.tooManyRequests"));
    const form = (request.headers.get("content-type") ?? "").includes("json")
      ? await request.json().catch(() => ({}))
      : Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
    const { email, locale } = lostLinkRequest.parse(typeof form === "object" && form !== null ? form : {});
    if (email) await sendLostLinks(email, origin, locale);
    if (wantsHtml(request))
      return new Response(null, { status: 303, headers: { Location: localePath(locale, "/lost-link/sent") } });
    return Response.json({ ok: true });
  });
}
