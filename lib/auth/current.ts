import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./index";
import { actorFromClaims } from "./actor";
import type { Actor } from "./permissions";

/** For server components and actions: the signed-in user, checked against the database. */
export async function currentActor(): Promise<Actor | null> {
  const session = (await auth()) as { user?: { id?: string }; sv?: number } | null;
  return session?.user?.id ? actorFromClaims(session.user.id, session.sv) : null;
}

/** For staff pages: the actor, or a trip to the login page that comes back here afterwards. */
export async function actorOrLogin(path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  return actor;
}
