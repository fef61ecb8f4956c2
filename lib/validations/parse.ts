import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Parses input for a lib/ command; failure is a 400 with one message per field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new AppError("invalid", "Some fields are not valid.", { errors });
}
