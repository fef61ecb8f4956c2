import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { createTranslator } from "@/lib/i18n/for-formatter";
import en from "@/messages/en/validation.json";
import { fieldErrorsIn, schemaWords, type SchemaWords, type ValidationTranslator } from "./message";

/** The schemas' messages in English: the JSON APIs and the command line answer in it whoever asks. */
export const englishWords: SchemaWords = schemaWords(
  createTranslator({
    locale: "en",
    messages: { validation: en },
    namespace: "validation",
  }) as unknown as ValidationTranslator,
  "en",
);

/**
 * One message per field, keyed by the whole path (`stages.2.name`), so a form shows each beside its
 * field; in English unless the caller passes the reader's words (lib/i18n/schema-words.ts).
 */
export function fieldErrorsOf(error: z.ZodError, words: SchemaWords = englishWords): Record<string, string> {
  return fieldErrorsIn(error, words);
}

/**
 * Parses the input of a route handler or a page before it calls a lib/ command, which takes the
 * parsed value; failure is a 400 with the field errors (a page passes its reader's words).
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, words?: SchemaWords): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("invalid", msg("common.invalidFields"), { errors: fieldErrorsOf(result.error, words) });
}
