import { count, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { users, type Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { recordEvent, type EventActor } from "@/lib/events/record";

/**
 * User rows without a permission check, for trusted callers only: the admin commands in
 * users.ts (which check first), the command line, first run and the demo.
 */
export type UserDto = { id: number; name: string; email: string; role: Role; active: boolean; createdAt: string };

export const toDto = (u: typeof users.$inferSelect): UserDto => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  active: u.active,
  createdAt: u.createdAt.toISOString(),
});

/** Inserts a user with a hashed password; the email must be new (case-insensitively). */
export async function insertUser(
  database: Database,
  input: { name: string; email: string; role: Role; password: string },
  actor: EventActor,
): Promise<UserDto> {
  const emailKey = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return database.write(async (tx) => {
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.emailKey, emailKey)).get();
    if (existing)
      throw new AppError("conflict", msg("users.emailTaken"), { errors: { email: msg("users.emailTaken") } });
    const row = await tx
      .insert(users)
      .values({
        name: input.name.trim(),
        email: input.email.trim(),
        emailKey,
        role: input.role,
        passwordHash,
        updatedAt: new Date(),
      })
      .returning()
      .get();
    await recordEvent(tx, actor, {
      kind: "user.created",
      data: { userId: row.id, email: row.email, name: row.name, role: row.role },
    });
    return toDto(row);
  });
}

/** Sets a password (trusted callers) and ends every session of that user. */
export async function setPassword(
  database: Database,
  emailOrId: string | number,
  password: string,
  actor: EventActor,
): Promise<UserDto> {
  const passwordHash = await hashPassword(password);
  const where =
    typeof emailOrId === "number" ? eq(users.id, emailOrId) : eq(users.emailKey, emailOrId.trim().toLowerCase());
  return database.write(async (tx) => {
    const row = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(where)
      .returning()
      .get();
    if (!row) throw new AppError("not_found", msg("users.noSuchUser"));
    await revokeUserSessions(tx, row.id);
    await recordEvent(tx, actor, { kind: "user.password_reset", data: { userId: row.id, email: row.email } });
    return toDto(row);
  });
}

export async function userCount(database: Database): Promise<number> {
  return (await database.read().select({ n: count() }).from(users).get())!.n;
}
