import "server-only";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { commandMessage } from "@/lib/i18n/command-message";
import { schemaWordsIn } from "@/lib/i18n/schema-words";
import { actionLocale } from "@/lib/i18n/viewer-locale";
import { fieldErrorsOf } from "@/lib/validations/parse";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; message: string; fieldErrors?: Record<string, string>; current?: unknown };

/**
 * Every server action: parse the input with the form's own schema, find the acting user, run the
 * lib/ command (which checks the permission), and turn expected failures into a typed result
 * whose `message` is the command's own words (its catalog key) in the viewer's language.
 */
export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, actor: Actor | null) => Promise<T> | T,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const locale = await actionLocale(await currentActor());
      return {
        ok: false,
        error: "invalid",
        message: commandMessage(locale, msg("common.invalidFields")),
        fieldErrors: fieldErrorsOf(parsed.error, schemaWordsIn(locale)),
      };
    }
    const actor = await currentActor();
    try {
      return { ok: true, data: await run(parsed.data, actor) };
    } catch (e) {
      if (isAppError(e)) {
        const locale = await actionLocale(actor);
        const fieldErrors = e.fieldErrorsIn(locale);
        return { ok: false, error: e.code, message: e.messageIn(locale), fieldErrors, current: e.extra.current };
      }
      throw e;
    }
  };
}
