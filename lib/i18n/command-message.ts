import enCommands from "@/messages/en/commands.json";
import svCommands from "@/messages/sv/commands.json";
import { TIME_ZONE } from "./candidate-translator";
import type { CommandText } from "./command-text";
import { createTranslator } from "./for-formatter";
import type { Locale } from "./locales";

const COMMANDS = { en: { commands: enCommands }, sv: { commands: svCommands } } satisfies Record<Locale, unknown>;

/**
 * A lib/ command's message (a refusal, a calendar's answer) in `locale`. Its own module with only
 * the commands catalog: lib/errors.ts words every AppError with it, and everything imports that
 * (the proxy, the CLI), so it must not bring the other catalogs along.
 */
export function commandMessage(locale: Locale, text: CommandText): string {
  if ("verbatim" in text) return text.verbatim;
  const t = createTranslator({ locale, messages: COMMANDS[locale], namespace: "commands", timeZone: TIME_ZONE });
  return (t as unknown as (key: string, values: object) => string)(text.key, text.values);
}
