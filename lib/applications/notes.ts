import "server-only";
import { asc, eq } from "drizzle-orm";
import { read, write } from "@/db";
import { notes, users } from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { foldForSearch } from "@/lib/search/fold";
import { visibleApplication } from "./access";
import { resolveMentions, type Mentionable } from "./mentions";

export type NoteResult = { id: number; applicationId: number; body: string; mentions: number[] };

/** Colleagues who can be @mentioned: active staff only, so nobody pings a deactivated account. */
export async function activeStaff(): Promise<Mentionable[]> {
  return read()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
}

/** The body as stored (parsed by noteInput), with the mentioned ids and the folded search text. */
async function prepare(body: string) {
  return { body, mentions: resolveMentions(body, await activeStaff()), searchText: foldForSearch(body) };
}

/** Adds a note to an application the actor may see; the audit event is written with it. */
export async function addNote(actor: Actor | null, applicationId: number, body: string): Promise<NoteResult> {
  const note = await prepare(body);
  const now = new Date();
  return write(async (tx) => {
    // Who may see the application is decided inside the write (a hiring manager taken off the
    // interview meanwhile adds nothing).
    const { actor: who } = await visibleApplication(actor, "applications.annotate", applicationId, tx);
    const row = await tx
      .insert(notes)
      .values({ applicationId, authorUserId: who.id, ...note, createdAt: now, updatedAt: now })
      .returning({ id: notes.id })
      .get();
    await recordEvent(tx, byUser(who), { kind: "note_added", applicationId, data: { noteId: row.id } }, now);
    return { id: row.id, applicationId, body: note.body, mentions: note.mentions };
  });
}

/** Rewrites one's own note. Notes of others stay as their author wrote them (403). */
export async function editNote(actor: Actor | null, noteId: number, body: string): Promise<NoteResult> {
  const who = requirePermission(actor, "applications.annotate");
  const note = await prepare(body);
  const now = new Date();
  return write(async (tx) => {
    const existing = await tx.select().from(notes).where(eq(notes.id, noteId)).get();
    if (!existing) throw new AppError("not_found", msg("common.notFound"));
    await visibleApplication(who, "applications.annotate", existing.applicationId, tx);
    if (existing.authorUserId !== who.id) throw new AppError("forbidden", msg("notes.authorOnly"));
    await tx
      .update(notes)
      .set({ ...note, updatedAt: now })
      .where(eq(notes.id, noteId))
      .run();
    await recordEvent(
      tx,
      byUser(who),
      { kind: "note_edited", applicationId: existing.applicationId, data: { noteId } },
      now,
    );
    return { id: noteId, applicationId: existing.applicationId, body: note.body, mentions: note.mentions };
  });
}
