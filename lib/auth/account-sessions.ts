import "server-only";
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { read, write } from "@/db";
import { sessions, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { byUser } from "@/lib/events/record";
import { recordAuthEvent, sessionLabel } from "./audit";
import { requirePermission } from "./guard";
import type { Actor } from "./permissions";
import { revokeUserSessions, SESSION_IDLE_MS, type SignedIn } from "./sessions";

export type SessionDto = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
};

/** Sessions that could still open a page: not ended, not past their end, not idle past renewal. */
const live = (now: Date) =>
  and(
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, now),
    gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
  );

/** The signed-in user's own live sessions: this one first and marked, then the most recently seen. */
export async function listOwnSessions(signedIn: SignedIn | null, now = new Date()): Promise<SessionDto[]> {
  const { actor, sessionId } = requireSignedIn(signedIn);
  return (
    await read()
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, actor.id), live(now)))
      .orderBy(desc(sessions.lastSeenAt))
      .all()
  )
    .map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      ip: s.ip,
      userAgent: s.userAgent,
      current: s.id === sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the user's own sessions (never someone else's: the id must be theirs). */
export async function endOwnSession(signedIn: SignedIn | null, id: string, now = new Date()): Promise<void> {
  const { actor } = requireSignedIn(signedIn);
  await write(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.id, id), eq(sessions.userId, actor.id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id })
      .get();
    if (!ended) throw new AppError("not_found", msg("users.sessionEnded"));
    await recordAuthEvent(
      tx,
      { kind: "session.ended", data: { userId: actor.id, session: sessionLabel(id) } },
      now,
      byUser(actor),
    );
  });
}

/** "End all others": every session of the user but the one asking. */
export async function endOtherSessions(signedIn: SignedIn | null, now = new Date()): Promise<number> {
  const { actor, sessionId } = requireSignedIn(signedIn);
  return write(async (tx) => {
    const count = (
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, actor.id), ne(sessions.id, sessionId), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id })
        .all()
    ).length;
    await recordAuthEvent(tx, { kind: "user.sessions_ended", data: { userId: actor.id, count } }, now, byUser(actor));
    return count;
  });
}

/** An admin ends every session of a user (their own included, if they ask for themselves). */
export async function endUserSessions(
  actor: Actor | null,
  userId: number,
  now = new Date(),
): Promise<{ revoked: number }> {
  const admin = requirePermission(actor, "users.manage");
  return write(async (tx) => {
    if (!(await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()))
      throw new AppError("not_found", msg("users.noSuchUser"));
    const revoked = await revokeUserSessions(tx, userId, now);
    await recordAuthEvent(tx, { kind: "user.sessions_ended", data: { userId, count: revoked } }, now, byUser(admin));
    return { revoked };
  });
}

function requireSignedIn(signedIn: SignedIn | null): SignedIn {
  if (!signedIn) throw new AppError("unauthorized", msg("common.signIn"));
  requirePermission(signedIn.actor, "staff.access");
  return signedIn;
}
