"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { addNote, editNote } from "@/lib/applications/notes";
import { addTag, removeTag } from "@/lib/applications/tags";
import { noteInput, tagInput } from "@/lib/validations/notes";

const id = z.number().int().positive();
const refresh = (applicationId: number) => revalidatePath(`/staff/applications/${applicationId}`);

export const addNoteAction = validatedAction(noteInput.extend({ applicationId: id }), (input, actor) => {
  const note = addNote(actor, input.applicationId, input.body);
  refresh(note.applicationId);
  return note;
});

export const editNoteAction = validatedAction(noteInput.extend({ noteId: id }), (input, actor) => {
  const note = editNote(actor, input.noteId, input.body);
  refresh(note.applicationId);
  return note;
});

export const addTagAction = validatedAction(tagInput.extend({ applicationId: id }), (input, actor) => {
  const result = addTag(actor, input.applicationId, input.tag);
  refresh(result.applicationId);
  return result;
});

export const removeTagAction = validatedAction(tagInput.extend({ applicationId: id }), (input, actor) => {
  const result = removeTag(actor, input.applicationId, input.tag);
  refresh(result.applicationId);
  return result;
});
