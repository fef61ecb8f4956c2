import "server-only";
import { actorFromRequest, SESSION_COOKIE } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { handleApi } from "./responses";
import { refuseCrossSite } from "./same-origin";

/**
 * Refuses a state-changing request from another site: a cross-site Origin, or no Origin at all
 * while a session cookie rides along (browsers send Origin on every cross-site POST).
 */
export function checkSameOrigin(request: Request): void {
  refuseCrossSite(request, (request.headers.get("cookie") ?? "").includes(SESSION_COOKIE));
}

type Context<P> = { params: Promise<P> };

/** Staff answers carry personal data: no cache, the browser's included, may keep one. */
function noStore(response: Response): Response {
  if (!/no-store/.test(response.headers.get("cache-control") ?? "")) response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * Every staff JSON endpoint: the signed-in actor (401 when none), same-origin check, expected
 * errors mapped to statuses, and Cache-Control: no-store on every answer, errors included.
 * Authorization itself happens in the lib/ function the handler calls.
 * The proxy does not run for these paths, so this is the only sign-in check they get.
 */
export function staffApi<P = Record<string, never>>(
  handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response> | Response,
) {
  return async (request: Request, context: Context<P>) =>
    noStore(
      await handleApi(async () => {
        const actor = requireActor(await actorFromRequest(request));
        checkSameOrigin(request);
        return handler({ request, actor, params: await context.params });
      }),
    );
}

/** Parses a JSON body, answering 400 with a message when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid", msg("common.jsonBody"));
  }
}

/** A numeric id from the path; anything else is a 404 like a missing object. */
export function idParam(value: string): number {
  const id = Number(value);
  if (!/^\d{1,12}$/.test(value) || !Number.isSafeInteger(id)) throw new AppError("not_found", msg("common.notFound"));
  return id;
}
