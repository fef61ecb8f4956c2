import { z } from "zod";
import { msg } from "./message";
import { multiLine } from "./text";

export const MAX_NOTE_LENGTH = 5000;

/** A note as typed in the form and as the server stores it. */
export const noteInput = z.object({
  body: multiLine()
    .min(1, msg("notes.empty"))
    .max(MAX_NOTE_LENGTH, msg("notes.tooLong", { max: MAX_NOTE_LENGTH })),
});

/**
 * Tags are compared as typed by different people, so they are normalised before checking:
 * NFC (one spelling of "é"), lower case, runs of spaces become "-". Letters of any script.
 */
export const tagInput = z.object({
  tag: z
    .string()
    .transform((s) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, "-"))
    .pipe(
      z
        .string()
        .min(1, msg("notes.tagEmpty"))
        .max(40, msg("notes.tagTooLong"))
        .regex(/^[\p{L}\p{M}\p{N}_-]+$/u, msg("notes.tagFormat")),
    ),
});

export type NoteInput = z.input<typeof noteInput>;
export type TagInput = z.input<typeof tagInput>;
