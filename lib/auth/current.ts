import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { actorFromHeaders } from "./actor";
import type { Actor } from "./permissions";

/**
 * For server components and actions: the signed-in user, checked against the database. Read the
 * way route handlers read it, and once per render however many components ask (layout and page).
 */
export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

/** For staff pages: the actor, or a trip to the login page that comes back here afterwards. */
export async function actorOrLogin(path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  return actor;
}
