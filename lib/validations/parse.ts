import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";

/** One message per field, keyed by the whole path (`stages.2.name`), so a form shows each beside its field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return errors;
}

/**
 * Parses the input of a route handler or a page before it calls a lib/ command, which takes the
 * parsed value; failure is a 400 with the field errors.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("invalid", msg("common.invalidFields"), { errors: fieldErrorsOf(result.error) });
}
