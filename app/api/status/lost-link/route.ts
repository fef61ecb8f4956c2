import { sendLostLinks } from "@/lib/candidates/lost-link";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { originForRequest } from "@/lib/http/origin";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/security/client-ip";
import { createRateLimiter, sharedRateLimiter } from "@/lib/security/rate-limit";

const limiter = () =>
  sharedRateLimiter("lost-link", () => createRateLimiter({ limit: () => 5, windowMs: 60 * 60 * 1000 }));

/** Always the same answer, so the form cannot be used to learn who applied. */
export async function POST(request: Request) {
  return handleApi(async () => {
    const origin = originForRequest(request.headers);
    refuseCrossSite(request);
    const hit = limiter().hit(clientIp(request.headers, env().TRUST_PROXY));
    if (!hit.ok)
      throw new AppError("rate_limited", "Too many requests. Please try again later.", {
        retryAfterSeconds: hit.retryAfterSeconds,
      });
    const form = (request.headers.get("content-type") ?? "").includes("json")
      ? ((await request.json().catch(() => ({}))) as Record<string, string>)
      : Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
    const email = typeof form.email === "string" ? form.email.slice(0, 254) : "";
    const locale = isLocale(form.locale) ? form.locale : "en";
    if (email.includes("@")) await sendLostLinks(email, origin, locale);
    if (wantsHtml(request))
      return new Response(null, { status: 303, headers: { Location: localePath(locale, "/lost-link/sent") } });
    return Response.json({ ok: true });
  });
}
