import "server-only";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { schemaWordsIn } from "@/lib/i18n/schema-words";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { fieldErrorsOf } from "@/lib/validations/parse";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; message: string; fieldErrors?: Record<string, string>; current?: unknown };

/**
 * Every server action: parse the input with the form's own schema, find the acting user, run the
 * lib/ command (which checks the permission), and turn expected failures into a typed result.
 */
export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, actor: Actor | null) => Promise<T> | T,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: "invalid",
        message: "Some fields are not valid.",
        fieldErrors: fieldErrorsOf(parsed.error, schemaWordsIn(await formLocale())),
      };
    }
    try {
      return { ok: true, data: await run(parsed.data, await currentActor()) };
    } catch (e) {
      if (isAppError(e))
        return { ok: false, error: e.code, message: e.message, fieldErrors: e.extra.errors, current: e.extra.current };
      throw e;
    }
  };
}

/** The field errors' language: the user's choice, else the browser's; English for an actor made outside a session (no locale at all). */
async function formLocale() {
  const actor = await currentActor();
  return actor && actor.locale === undefined ? "en" : viewerLocale();
}
