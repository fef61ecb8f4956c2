import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { users } from "@/db/schema";
import { bySystem, byUser, recordEvent, type EventActor } from "@/lib/events/record";
import type { OrganisationEvent } from "@/lib/events/organisation-events";

/**
 * What sign-in and sessions leave in the organisation log, through the one event writer. A
 * session is named by the first characters of its stored (hashed) id: enough to tell sessions
 * apart, nothing a cookie could be made from.
 */
export const sessionLabel = (sessionId: string) => sessionId.slice(0, 12);

/** The user as the actor of their own sign-in or sign-out. */
async function asUser(tx: Tx, userId: number): Promise<EventActor> {
  const u = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  return u ? byUser(u) : bySystem("sign-in");
}

type AuthEvent = Extract<
  OrganisationEvent,
  {
    kind:
      | `user.signed_${string}`
      | "session.ended"
      | "user.sessions_ended"
      | "user.sso_linked"
      | `user.second_factor_${string}`
      | "user.recovery_code_used";
  }
>;

/**
 * `by` is who acted when someone ends sessions or resets a factor; a sign-in, sign-out or a
 * user's own change speaks for itself, and a lockout or refusal is the sign-in's own doing.
 */
export async function recordAuthEvent(tx: Tx, event: AuthEvent, now = new Date(), by?: EventActor): Promise<void> {
  const bySignIn = event.kind === "user.signed_in_failed_lockout" || event.kind === "user.signed_in_refused";
  const actor = by ?? (bySignIn || !event.data.userId ? bySystem("sign-in") : await asUser(tx, event.data.userId));
  await recordEvent(tx, actor, event, now);
}
