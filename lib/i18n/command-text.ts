import type { Messages } from "./catalog";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A message of messages/<locale>/commands.json, by its dotted key ("transition.sameStage"). */
export type CommandKey = Leaves<Messages["commands"]>;

/** The variable parts of a command's message: names, statuses, counts (ids as strings, so no 1,234). */
export type CommandValues = Record<string, string | number>;

/**
 * What a lib/ command says when it refuses (or reports), before anyone reads it: a catalog key and
 * its values, worded in the reader's language where it is shown (English in the JSON APIs).
 * Plain data, so client code (move options) may import the rules that make one.
 */
export type CommandText = { readonly key: CommandKey; readonly values: CommandValues } | { readonly verbatim: string };

export const msg = (key: CommandKey, values: CommandValues = {}): CommandText => ({ key, values });

/**
 * Text that is already in its reader's words: a candidate's error in the language they applied in,
 * a zod schema's own message. tests/unit/command-text.test.ts lists the files that may use it.
 */
export const verbatim = (text: string): CommandText => ({ verbatim: text });
