import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionFromHeaders } from "./actor";
import type { Actor } from "./permissions";
import type { SignedIn } from "./sessions";

/**
 * For server components and actions: the signed-in user and their session, checked against the
 * database. Read the way route handlers read it, and once per render however many components ask.
 */
export const currentSession = cache(async (): Promise<SignedIn | null> => sessionFromHeaders(await headers()));

export const currentActor = async (): Promise<Actor | null> => (await currentSession())?.actor ?? null;

/** For staff pages: the actor, or a trip to the login page that comes back here afterwards. */
export async function actorOrLogin(path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  return actor;
}
