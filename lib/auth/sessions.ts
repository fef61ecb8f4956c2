import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database, Reader, Tx } from "@/db";
import { perConnection } from "@/db/prepared";
import { sessions, users } from "@/db/schema";
import { hashToken, newToken } from "@/lib/security/tokens";
import { recordAuthEvent, sessionLabel } from "./audit";
import type { Actor } from "./permissions";

/** "Last seen" is written at most this often per session, so reading a page stays a read. */
export const LAST_SEEN_EVERY_MS = 60 * 1000;
/**
 * Sessions not seen for this long have no cookie left that could open them: a cookie lives 8 hours
 * from its last renewal (Auth.js's maxAge), and "last seen" may lag a renewal by a minute.
 */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000 + LAST_SEEN_EVERY_MS;

export type SessionStart = { sid: string; expiresAt: Date };

/**
 * A new server-side session for a sign-in that passed every check it needed (password and
 * second factor, or the identity provider). The cookie gets
 * the random `sid`; the table keeps only its hash, so a copy of the database opens no session.
 */
export async function startSession(
  database: Database,
  input: {
    userId: number;
    ip: string;
    userAgent: string;
    maxDays: number;
    method?: "password" | "second_factor" | "recovery_code" | "sso";
  },
  now = new Date(),
): Promise<SessionStart> {
  const sid = newToken();
  const id = hashToken(sid);
  const expiresAt = new Date(now.getTime() + input.maxDays * 24 * 60 * 60 * 1000);
  await database.write(async (tx) => {
    // Rows that can open nothing any more go; ended ones stay a day to be seen on the account page.
    const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
    await tx
      .delete(sessions)
      .where(
        or(
          lt(sessions.expiresAt, now),
          lt(sessions.revokedAt, dayAgo),
          lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        ),
      )
      .run();
    await tx
      .insert(sessions)
      .values({
        id,
        userId: input.userId,
        createdAt: now,
        lastSeenAt: now,
        ip: input.ip,
        userAgent: input.userAgent.slice(0, 300),
        expiresAt,
      })
      .run();
    await recordAuthEvent(
      tx,
      {
        kind: "user.signed_in",
        data: { userId: input.userId, session: sessionLabel(id), ip: input.ip, method: input.method },
      },
      now,
    );
  });
  return { sid, expiresAt };
}

export type SignedIn = { actor: Actor; sessionId: string };

/**
 * The session and its user, the statement every signed-in request runs: built once per
 * connection (db/prepared.ts), not by drizzle on every request.
 */
const sessionWithUser = perConnection((reader: Reader) =>
  reader
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      locale: users.locale,
      active: users.active,
      sessionVersion: users.sessionVersion,
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare(),
);

/**
 * The per-request check, one query: the session must exist, be neither revoked nor past its
 * absolute end, and belong to an active user whose session version the token carries. Runs on
 * every request; only the token's decryption is remembered (session-token.ts), never this.
 */
export async function checkSession(
  database: Database,
  claims: { userId: unknown; sessionVersion: unknown; sid: unknown },
  now = new Date(),
): Promise<SignedIn | null> {
  const userId = Number(claims.userId);
  if (!Number.isInteger(userId) || userId <= 0 || typeof claims.sid !== "string" || !claims.sid) return null;
  const id = hashToken(claims.sid);
  const row = await sessionWithUser(database.read()).get({ id });
  if (!row || row.userId !== userId || row.revokedAt || row.expiresAt <= now) return null;
  if (!row.active || row.sessionVersion !== claims.sessionVersion) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    await database.write((tx) => tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run());
  }
  return {
    actor: { id: row.userId, name: row.name, email: row.email, role: row.role, locale: row.locale },
    sessionId: id,
  };
}

/** Sign-out: the session the cookie named ends, whoever holds a copy of that cookie. */
export async function endSignedOutSession(database: Database, sid: unknown, now = new Date()): Promise<void> {
  if (typeof sid !== "string" || !sid) return;
  const id = hashToken(sid);
  await database.write(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
      .returning({ userId: sessions.userId })
      .get();
    if (ended)
      await recordAuthEvent(
        tx,
        { kind: "user.signed_out", data: { userId: ended.userId, session: sessionLabel(id) } },
        now,
      );
  });
}

/** For commands that already end a user's sessions another way (role, password, deactivation). */
export async function revokeUserSessions(tx: Tx, userId: number, now = new Date()): Promise<number> {
  return (
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id })
      .all()
  ).length;
}
