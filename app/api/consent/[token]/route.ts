import { answerConsentLink } from "@/lib/people/consent";
import { noteTokenMiss } from "@/lib/candidates/status-http";
import { AppError, isAppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { consentAnswer } from "@/lib/validations/people";

/**
 * The answer to a renewal email or an invitation's unsubscribe link, posted from /consent/{token}
 * (a form, so a mail scanner opening the link changes nothing) or by a client with JSON.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return handleApi(async () => {
    if (request.headers.get("origin") !== "null") refuseCrossSite(request);
    const type = request.headers.get("content-type") ?? "";
    const body = type.includes("json")
      ? ((await request.json().catch(() => null)) as unknown)
      : Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
    const parsed = consentAnswer.safeParse(body);
    if (!parsed.success)
      throw new AppError("invalid", msg("common.answerKeepOrWithdraw"), { errors: { answer: "invalid" } });
    try {
      const result = await answerConsentLink(token, parsed.data.answer);
      if (wantsHtml(request))
        return new Response(null, {
          status: 303,
          headers: { Location: `/consent/${token}?done=${result.answered}`, "Cache-Control": "no-store" },
        });
      return Response.json({ ok: true, answer: result.answered }, { headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      if (isAppError(e) && e.code === "not_found") await noteTokenMiss(request.headers);
      throw e;
    }
  });
}
