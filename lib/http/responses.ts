import { randomUUID } from "node:crypto";
import { AppError, errorResponse, isAppError } from "@/lib/errors";

/** A browser's plain form post asks for HTML; fetch and API clients do not. */
export function wantsHtml(request: { headers: Headers }): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/** Expected failures become their status and JSON body; anything else is a logged 500 with a request id. */
export async function handleApi(
  run: () => Promise<Response>,
  onAppError: (e: AppError) => Response = errorResponse,
): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (isAppError(e)) return onAppError(e);
    const requestId = randomUUID();
    console.error(`[request ${requestId}]`, e);
    return Response.json(
      { error: "internal", message: "Something went wrong on our side. Please try again.", requestId },
      { status: 500, headers: { "Cache-Control": "no-store" } },
    );
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
