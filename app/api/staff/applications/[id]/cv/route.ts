import { Readable } from "node:stream";
import { openCv } from "@/lib/files/cv-download";
import { contentDisposition } from "@/lib/http/content-disposition";
import { idParam, staffApi } from "@/lib/http/staff-api";

/**
 * Chromium refuses to render a PDF inside any <iframe sandbox> (every allow-* token tried), so
 * the preview frame is not sandboxed; instead this response sandboxes itself with CSP: the viewer
 * still renders, while script in the PDF gets an opaque origin and nothing to load. Only PDFs are
 * ever served inline; everything else, and every download, is an attachment.
 * next.config.ts sends X-Frame-Options: SAMEORIGIN for this route (DENY everywhere else).
 */
const INLINE_PDF_CSP = "sandbox; default-src 'none'; object-src 'self'; frame-ancestors 'self'";

export const GET = staffApi<{ id: string }>(async ({ request, actor, params }) => {
  const cv = await openCv(actor, idParam(params.id));
  const inline = new URL(request.url).searchParams.get("inline") === "1" && cv.type === "pdf";
  const headers = new Headers({
    "Content-Type": cv.mime,
    "Content-Length": String(cv.size),
    "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", cv.name),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": inline ? INLINE_PDF_CSP : "sandbox; default-src 'none'; frame-ancestors 'none'",
  });
  const body = Readable.toWeb(cv.body) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
});
