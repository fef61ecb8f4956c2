import "server-only";
import { AuthError } from "next-auth";
import { write } from "@/db";
import { recordAuthEvent } from "../audit";

/**
 * Which check refused a single sign-on's callback, from Auth.js's error: the ID token claim
 * oauth4webapi compared (iss, aud, exp, nonce), the cookie check that failed (state, nonce,
 * pkceCodeVerifier), or the OAuth error's code. Null for anything that is not such a refusal.
 */
export function failedCheck(error: Error): string | null {
  if (!(error instanceof AuthError)) return null;
  if (error.type === "InvalidCheck") return error.message.split(" ")[0]?.toLowerCase() || "check";
  if (error.type !== "CallbackRouteError") return null;
  const cause = error.cause as { claim?: unknown; err?: { code?: unknown } } | undefined;
  if (typeof cause?.claim === "string") return cause.claim;
  return typeof cause?.err?.code === "string" ? cause.err.code : "callback";
}

/**
 * A refused ID token in the organisation log. Nothing in a token that failed its checks is
 * trusted, so the entry names no user: only the check that failed.
 */
export const recordTokenRefusal = (check: string) =>
  write((tx) =>
    recordAuthEvent(tx, { kind: "user.signed_in_refused", data: { reason: "invalid_token", email: "", check } }),
  );

const pending = new Set<Promise<unknown>>();

/**
 * Auth.js reports its own refusals to a synchronous logger; the write it starts is awaited by
 * the route handler (settled) before the browser is sent on, so no refusal goes unrecorded.
 */
export function auditTokenRefusal(error: Error): void {
  const check = failedCheck(error);
  if (!check) return;
  const writing = recordTokenRefusal(check)
    .catch((cause: unknown) => console.error("[auth] could not record a refused single sign-on", cause))
    .finally(() => pending.delete(writing));
  pending.add(writing);
}

export const settled = async () => {
  await Promise.all([...pending]);
};
