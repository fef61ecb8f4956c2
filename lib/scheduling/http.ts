import "server-only";
import { noteTokenMiss } from "@/lib/candidates/status-http";
import { AppError, errorResponse, isAppError } from "@/lib/errors";
import { msg, verbatim } from "@/lib/i18n/command-text";
import { publicOrigin } from "@/lib/http/origin";
import { handleApi, wantsHtml } from "@/lib/http/responses";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { isTimeZone, slotPick } from "@/lib/validations/scheduling";
import { bookSlot, SlotRefused } from "./booking";
import { cancelByCandidate } from "./candidate-changes";

const noStore = { "Cache-Control": "no-store" };
const see = (location: string) => new Response(null, { status: 303, headers: { Location: location, ...noStore } });

/** The body of a plain form post or of a JSON call, as an object. */
async function fields(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json"))
    return ((await request.json().catch(() => null)) ?? {}) as Record<string, unknown>;
  return Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
}

/** What a refusal is called in the page's address, for a plain form post. */
function errorKey(e: AppError): string {
  if (e instanceof SlotRefused) return "taken";
  if (e.code === "conflict") return "late";
  return e.message === "Choose a time." ? "choose" : "invalid";
}

/**
 * The candidate's scheduling endpoints: same-site posts (the page sends no referrer, so "Origin:
 * null" too), token misses rate-limited like the status page's, and for a plain form post a
 * redirect back to the page saying what happened, in the zone the candidate was looking at.
 */
function scheduleAction(run: (token: string, body: Record<string, unknown>) => Promise<string>) {
  return async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
    const { token } = await params;
    const html = wantsHtml(request);
    const body = await fields(request);
    const tz = typeof body.timeZone === "string" && isTimeZone(body.timeZone) ? body.timeZone : null;
    const page = (query: string) => `/schedule/${token}?${query}${tz ? `&tz=${encodeURIComponent(tz)}` : ""}`;
    return handleApi(
      async () => {
        if (request.headers.get("origin") !== "null") refuseCrossSite(request);
        try {
          const done = await run(token, body);
          if (html) return see(done === "cancelled" ? `/schedule/${token}/cancelled` : page(`done=${done}`));
          return Response.json({ ok: true, done }, { headers: noStore });
        } catch (e) {
          if (isAppError(e) && e.code === "not_found") await noteTokenMiss(request.headers);
          throw e;
        }
      },
      (e) =>
        html && e.code !== "not_found" && e.code !== "rate_limited" && e.code !== "forbidden"
          ? see(page(`error=${errorKey(e)}`))
          : errorResponse(e),
    );
  };
}

export const bookAction = scheduleAction(async (token, body) => {
  const parsed = slotPick.safeParse(body);
  const schemaMessage = parsed.success ? undefined : parsed.error.issues[0]?.message;
  if (!parsed.success) {
    const text = schemaMessage ? verbatim(schemaMessage) : msg("scheduling.chooseTime");
    throw new AppError("invalid", text, { errors: { slot: text } });
  }
  const result = await bookSlot(token, parsed.data.slot, publicOrigin());
  return result.rescheduled ? "moved" : "booked";
});

export const cancelAction = scheduleAction(async (token) => {
  await cancelByCandidate(token, publicOrigin());
  return "cancelled";
});
