import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { can, type Actor, type Permission } from "./permissions";

/** The acting user, or the 401 every staff entry point answers when there is none. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("unauthorized", msg("common.signIn"));
  return actor;
}

/** 401 when signed out, 403 when the role may not act. */
export function requirePermission(actor: Actor | null, permission: Permission): Actor {
  const who = requireActor(actor);
  if (!can(who, permission)) throw new AppError("forbidden", msg("common.roleForbids"));
  return who;
}
