import "server-only";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { localeOfUrl } from "@/lib/i18n/locales";
import { confirmationCookie, confirmationPath, statusPath } from "./confirmation";
import { receiveApplication } from "./intake";
import { intakeErrorPage } from "./intake-html";
import type { IntakeRequest } from "./parse-multipart";

/**
 * `POST /api/jobs/{slug}/applications`, whichever server receives it: 201 with the status link for
 * API clients, 303 to the confirmation page for a browser's form post (JavaScript off), and the
 * same errors as JSON or as a page in the candidate's language.
 */
export async function answerApplication(request: IntakeRequest, slug: string): Promise<Response> {
  const html = wantsHtml(request);
  const refererLocale = localeOfUrl(request.headers.get("referer"));
  return handleApi(
    async () => {
      const { id, token, locale, origin, firstName } = await receiveApplication(request, slug, refererLocale);
      const headers = new Headers({
        "Cache-Control": "no-store",
        "Set-Cookie": confirmationCookie(token, origin.startsWith("https:"), firstName),
      });
      if (html) {
        headers.set("Location", confirmationPath(locale, slug));
        return new Response(null, { status: 303, headers });
      }
      return Response.json({ id, statusUrl: `${origin}${statusPath(token)}` }, { status: 201, headers });
    },
    html ? (e) => intakeErrorPage(e, slug, refererLocale) : undefined,
  );
}
