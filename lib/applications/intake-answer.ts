import "server-only";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { localeOfUrl } from "@/lib/i18n/locales";
import { confirmationCookie, confirmationPath, statusPath } from "./confirmation";
import { receiveApplication, type ReceivedApplication } from "./intake";
import { intakeErrorPage } from "./intake-html";
import type { IntakeRequest } from "./parse-multipart";

/**
 * An answer as plain data: the production server writes it straight to Node's response, Next's
 * route handler makes a `Response` of it. A Web `Response` for every application received cost the
 * production server's thread about 0.3 ms each (its body stream, read back to be written out).
 */
export type PlainAnswer = { status: number; headers: Record<string, string>; body: string | null };

async function plain(response: Response): Promise<PlainAnswer> {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: response.body ? await response.text() : null,
  };
}

/**
 * `POST /api/jobs/{slug}/applications`, whichever server receives it: 201 with the status link for
 * API clients, 303 to the confirmation page for a browser's form post (JavaScript off), and the
 * same errors as JSON or as a page in the candidate's language.
 */
export async function answerApplication(request: IntakeRequest, slug: string): Promise<PlainAnswer> {
  const html = wantsHtml(request);
  const refererLocale = localeOfUrl(request.headers.get("referer"));
  let received: ReceivedApplication;
  try {
    received = await receiveApplication(request, slug, refererLocale);
  } catch (e) {
    // Expected refusals become their status and message; anything else a logged 500 (handleApi).
    const failed = () => Promise.reject<Response>(e);
    return plain(await handleApi(failed, html ? (err) => intakeErrorPage(err, slug, refererLocale) : undefined));
  }
  const { id, token, locale, origin, firstName } = received;
  const headers: Record<string, string> = {
    "Cache-Control": "no-store",
    "Set-Cookie": confirmationCookie(token, origin.startsWith("https:"), firstName),
  };
  if (html) return { status: 303, headers: { ...headers, Location: confirmationPath(locale, slug) }, body: null };
  const body = JSON.stringify({ id, statusUrl: `${origin}${statusPath(token)}` });
  return { status: 201, headers: { ...headers, "Content-Type": "application/json" }, body };
}
