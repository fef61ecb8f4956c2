import { receiveApplication } from "@/lib/applications/intake";
import { intakeErrorPage } from "@/lib/applications/intake-html";
import { confirmationCookie, confirmationPath, statusPath } from "@/lib/applications/confirmation";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { localeOfUrl } from "@/lib/i18n/locales";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
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
