import type { AppError } from "@/lib/errors";
import { applyText } from "@/lib/i18n/apply";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "@/lib/http/responses";
import { NO_SCRIPT_CSP } from "@/lib/security/csp";

/**
 * The answer to a plain form post that failed (JavaScript off): the same status code as the
 * API, with every message in the candidate's language and a way back to the form.
 */
export function intakeErrorPage(error: AppError, slug: string, locale: Locale): Response {
  const t = applyText(locale);
  const labels = t.labels as Record<string, string>;
  const items = Object.entries(error.fieldErrorsIn(locale) ?? {})
    .filter(([field]) => field !== "form")
    .map(
      ([field, message]) =>
        `<li><strong>${escapeHtml(t.shortLabels[field] ?? labels[field] ?? field)}:</strong> ${escapeHtml(message)}</li>`,
    );
  const lead = items.length > 0 ? t.errorSummary(items.length) : error.message;
  const back = error.code === "not_found" ? localePath(locale, "/") : localePath(locale, `/jobs/${slug}/apply`);
  const body = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.heading(""))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b2430}
.box{border-left:4px solid #b3261e;background:#fdf2f1;padding:1rem 1.25rem;border-radius:6px}a{color:#0b5cad}</style></head>
<body><main><h1>${escapeHtml(t.heading("").trim())}</h1><div class="box" role="alert"><p>${escapeHtml(lead)}</p>${
    items.length ? `<ul>${items.join("")}</ul>` : ""
  }</div><p><a href="${escapeHtml(back)}">${escapeHtml(t.backToForm)}</a></p></main></body></html>`;
  // API paths get no policy from next.config.ts, and this page echoes what the candidate sent.
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": NO_SCRIPT_CSP,
  };
  if (error.extra.retryAfterSeconds) headers["Retry-After"] = String(error.extra.retryAfterSeconds);
  return new Response(body, { status: error.status, headers });
}
