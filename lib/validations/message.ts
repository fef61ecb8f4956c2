import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { z } from "zod";
import type en from "@/messages/en/validation.json";

// No "server-only" and no catalogs here: the forms' bundles import this file, and get their words
// from the NextIntlClientProvider (components/ui/use-schema-resolver.ts).

type Catalog = typeof en;
/** A message of the `validation` catalog (messages/<locale>/validation.json). */
export type ValidationKey = MessageKeys<Catalog, NestedKeyOf<Catalog>>;
/** A field's name in a message (`{label}: fill this in.`), from `validation.labels`. */
export type LabelKey = keyof Catalog["labels"];
type Values = { label?: LabelKey } & Record<string, string | number>;

/**
 * A schema's message: the key of its words in the `validation` catalog, with the values they take
 * (`job.tooLong{"label":"title","max":120}`). The issue carries this string; whoever shows it turns
 * it into words in the reader's language (`schemaWords`), so one schema serves every language.
 * A `label` value is itself a key of `validation.labels`.
 */
export function msg(key: ValidationKey, values?: Values): string {
  return values ? `${key}${JSON.stringify(values)}` : key;
}

/** The parts of a next-intl translator for the `validation` namespace that turning keys into words needs. */
export type ValidationTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** What a fallback line needs of an issue, raw (while parsing) or finished (in a ZodError). */
type Kind = { code?: string; origin?: string; maximum?: unknown; minimum?: unknown };
type Issue = Kind & { message: string };

/** How one language words schema messages. */
export type SchemaWords = {
  /** A message as an issue or a form carries it: a key with values becomes words; anything else is left as it is. */
  text(message: string): string;
  /** An issue in words: a key as `text` does; a check without a message of ours keeps zod's English, and reads as a plain line by its kind in other languages. */
  issue(issue: Issue): string;
  /** zod's per-parse error map for checks without a message of ours (undefined in English: zod's own words stay). */
  error: ((issue: Kind) => string) | undefined;
};

/** Our keys are dotted camelCase words; zod's own messages are sentences. */
const isKey = (key: string) => /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)*$/.test(key);

function decode(message: string): { key: string; values: Record<string, string | number> } {
  const brace = message.indexOf("{");
  if (brace < 0) return { key: message, values: {} };
  try {
    return {
      key: message.slice(0, brace),
      values: JSON.parse(message.slice(brace)) as Record<string, string | number>,
    };
  } catch {
    return { key: message, values: {} };
  }
}

/** The schema messages' words in `locale`, through `t`, a translator for the `validation` namespace. */
export function schemaWords(t: ValidationTranslator, locale: string): SchemaWords {
  const text = (message: string) => {
    const { key, values } = decode(message);
    if (!isKey(key) || !t.has(key)) return message;
    const label = values.label;
    return t(key, typeof label === "string" ? { ...values, label: t(`labels.${label}`) } : values);
  };
  const fallback = (issue: Kind) => {
    const sized = issue.origin === "string" ? "tooLong" : "atMost";
    if (issue.code === "too_big") return t(`fallback.${sized}`, { max: Number(issue.maximum) });
    if (issue.code === "too_small") {
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? t("fallback.required")
          : t("fallback.tooShort", { min: Number(issue.minimum) });
      return t("fallback.atLeast", { min: Number(issue.minimum) });
    }
    return t("fallback.invalid");
  };
  const english = locale === "en";
  return {
    text,
    // A key without words in this language stays a key (tests/unit/schema-messages.test.ts looks for those).
    issue: (issue) => (english || isKey(decode(issue.message).key) ? text(issue.message) : fallback(issue)),
    error: english ? undefined : fallback,
  };
}

/**
 * One message per field, keyed by the whole path (`stages.2.name`), in the given words. The
 * browser's forms use this one; lib/validations/parse.ts's fieldErrorsOf adds English as the
 * default for the server (its English translator would bring the message compiler to the browser).
 */
export function fieldErrorsIn(error: z.ZodError, words: SchemaWords): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "form"] ??= words.issue(issue);
  return errors;
}
