"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { addNoteAction, editNoteAction } from "@/app/staff/applications/[id]/actions";
import type { ApplicationDetail, NoteDto } from "@/lib/applications/detail";
import { NoteForm } from "./note-form";
import { When } from "./when";

function Note({ note }: { note: NoteDto }) {
  const t = useTranslations("application.notes");
  const [editing, setEditing] = useState(false);
  return (
    <li className="note" aria-label={t("by", { author: note.author })}>
      <p className="note-meta">
        <strong>{note.author}</strong> · <When iso={note.createdAt} />
        {note.updatedAt !== note.createdAt && (
          <>
            {" "}
            · {t("edited")} <When iso={note.updatedAt} />
          </>
        )}
      </p>
      {editing ? (
        <NoteForm
          id={`edit-note-${note.id}`}
          label={t("edit")}
          submitLabel={t("save")}
          initial={note.body}
          onSave={(body) => editNoteAction({ noteId: note.id, body })}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="typed note-body">{note.body}</p>
          {note.mentions.length > 0 && (
            <p className="note-mentions">{t("mentions", { names: note.mentions.join(", ") })}</p>
          )}
          {note.editable && (
            <button type="button" className="button small secondary" onClick={() => setEditing(true)}>
              {t.rich("editButton", { hidden: (words) => <span className="visually-hidden">{words}</span> })}
            </button>
          )}
        </>
      )}
    </li>
  );
}

type Props = { applicationId: number; notes: NoteDto[]; colleagues: ApplicationDetail["colleagues"] };

export function NotesPanel({ applicationId, notes, colleagues }: Props) {
  const t = useTranslations("application.notes");
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("heading")}</h2>
      {notes.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <ul className="notes">
          {notes.map((n) => (
            <Note key={`${n.id}-${n.updatedAt}`} note={n} />
          ))}
        </ul>
      )}
      <p className="hint" id="mention-help">
        {t("mentionHelp")}{" "}
        {colleagues.map((c, i) => (
          <span key={c.id}>
            {i > 0 && ", "}
            <code>@{c.handle}</code> ({c.name})
          </span>
        ))}
        .
      </p>
      <NoteForm
        id="new-note"
        label={t("add")}
        submitLabel={t("addButton")}
        helpId="mention-help"
        onSave={(body) => addNoteAction({ applicationId, body })}
      />
    </section>
  );
}
