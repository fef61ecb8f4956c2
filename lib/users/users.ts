import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { read, write, database } from "@/db";
import { users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { generatePassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import type { userCreate, userUpdate } from "@/lib/validations/auth";
import type { z } from "zod";
import { byUser, recordEvent } from "@/lib/events/record";
import type { OrganisationEvent } from "@/lib/events/organisation-events";
import { insertUser, setPassword, toDto, type UserDto } from "./store";

export type { UserDto };

export async function listUsers(actor: Actor | null): Promise<UserDto[]> {
  requirePermission(actor, "users.manage");
  return (await read().select().from(users).orderBy(asc(users.name)).all()).map(toDto);
}

/** Adds a staff user with a generated password, returned once so the admin can pass it on. */
export async function createUser(actor: Actor | null, input: z.output<typeof userCreate>) {
  const admin = requirePermission(actor, "users.manage");
  const password = generatePassword();
  const user = await insertUser(database(), { ...input, password }, byUser(admin));
  return { user, password };
}

/** Renames, changes the role, or (de)activates; a role or active change ends the user's sessions. */
export async function updateUser(
  actor: Actor | null,
  id: number,
  changes: z.output<typeof userUpdate>,
): Promise<UserDto> {
  const admin = requirePermission(actor, "users.manage");
  return write(async (tx) => {
    const user = await tx.select().from(users).where(eq(users.id, id)).get();
    if (!user) throw new AppError("not_found", msg("users.noSuchUser"));
    const losesAdmin = (changes.role && changes.role !== "admin") || changes.active === false;
    const otherAdmins = (await tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, id)))
      .get())!.n;
    if (user.role === "admin" && user.active && losesAdmin && otherAdmins === 0) {
      throw new AppError("conflict", msg("users.lastAdmin"));
    }
    if (id === admin.id && changes.active === false) throw new AppError("conflict", msg("users.notYourself"));
    const endsSessions =
      (changes.role !== undefined && changes.role !== user.role) ||
      (changes.active !== undefined && changes.active !== user.active);
    const row = await tx
      .update(users)
      .set({
        ...changes,
        updatedAt: new Date(),
        ...(endsSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, id))
      .returning()
      .get();
    for (const event of userChanges(user, row)) await recordEvent(tx, byUser(admin), event);
    if (endsSessions) await revokeUserSessions(tx, id);
    return toDto(row);
  });
}

/** An admin's reset: a new generated password, shown once. */
export async function resetPassword(actor: Actor | null, id: number) {
  const admin = requirePermission(actor, "users.manage");
  const password = generatePassword();
  const user = await setPassword(database(), id, password, byUser(admin));
  return { user, password };
}

type UserRow = typeof users.$inferSelect;

/** One organisation event per thing that changed, so the log reads as what the admin did. */
function userChanges(before: UserRow, after: UserRow): OrganisationEvent[] {
  const who = { userId: after.id, email: after.email };
  const events: OrganisationEvent[] = [];
  if (before.name !== after.name)
    events.push({ kind: "user.renamed", data: { ...who, from: before.name, to: after.name } });
  if (before.role !== after.role)
    events.push({ kind: "user.role_changed", data: { ...who, from: before.role, to: after.role } });
  if (before.active !== after.active)
    events.push({ kind: after.active ? "user.reactivated" : "user.deactivated", data: who });
  return events;
}
