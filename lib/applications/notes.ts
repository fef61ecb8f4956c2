import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { notes, users } from "@/db/schema";
import { byUser, recordEvent } from "@/lib/events/record";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { foldForSearch } from "@/lib/search/fold";
import { visibleApplication } from "./access";
import { resolveMentions, type Mentionable } from "./mentions";

export type NoteResult = { id: number; applicationId: number; body: string; mentions: number[] };

/** Colleagues who can be @mentioned: active staff only, so nobody pings a deactivated account. */
export function activeStaff(): Mentionable[] {
  return db()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
}

/** The body as stored (parsed by noteInput), with the mentioned ids and the folded search text. */
function prepare(body: string) {
  return { body, mentions: resolveMentions(body, activeStaff()), searchText: foldForSearch(body) };
}

/** Adds a note to an application the actor may see; the audit event is written with it. */
export function addNote(actor: Actor | null, applicationId: number, body: string): NoteResult {
  const { actor: who } = visibleApplication(actor, "applications.annotate", applicationId);
  const note = prepare(body);
  const now = new Date();
  return db().transaction(
    (tx) => {
      const row = tx
        .insert(notes)
        .values({ applicationId, authorUserId: who.id, ...note, createdAt: now, updatedAt: now })
        .returning({ id: notes.id })
        .get();
      recordEvent(tx, byUser(who), { kind: "note_added", applicationId, data: { noteId: row.id } }, now);
      return { id: row.id, applicationId, body: note.body, mentions: note.mentions };
    },
    { behavior: "immediate" },
  );
}

/** Rewrites one's own note. Notes of others stay as their author wrote them (403). */
export function editNote(actor: Actor | null, noteId: number, body: string): NoteResult {
  const who = requirePermission(actor, "applications.annotate");
  const existing = db().select().from(notes).where(eq(notes.id, noteId)).get();
  if (!existing) throw new AppError("not_found", "Not found.");
  visibleApplication(who, "applications.annotate", existing.applicationId);
  if (existing.authorUserId !== who.id) throw new AppError("forbidden", "Only the author can edit a note.");
  const note = prepare(body);
  const now = new Date();
  return db().transaction(
    (tx) => {
      tx.update(notes)
        .set({ ...note, updatedAt: now })
        .where(eq(notes.id, noteId))
        .run();
      recordEvent(
        tx,
        byUser(who),
        { kind: "note_edited", applicationId: existing.applicationId, data: { noteId } },
        now,
      );
      return { id: noteId, applicationId: existing.applicationId, body: note.body, mentions: note.mentions };
    },
    { behavior: "immediate" },
  );
}
