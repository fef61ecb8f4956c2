import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { sessionFromHeaders } from "./actor";
import { can, type Actor, type Permission } from "./permissions";
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

/** For staff pages a role may not see: the actor who holds `permission`, or the shared 403 page. */
export async function actorWith(permission: Permission, path: string): Promise<Actor> {
  const actor = await actorOrLogin(path);
  if (!can(actor, permission)) forbidden();
  return actor;
}
