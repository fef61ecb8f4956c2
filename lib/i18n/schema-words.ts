import type { SchemaWords, ValidationTranslator } from "@/lib/validations/message";
import { schemaWords } from "@/lib/validations/message";
import type { Locale } from "./locales";
import { translator } from "./translator";

/** The schemas' messages in `locale`, on the server (a form's field errors, a page's filters). */
export function schemaWordsIn(locale: Locale): SchemaWords {
  return schemaWords(translator(locale, "validation") as unknown as ValidationTranslator, locale);
}
