"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { schemaWords, type SchemaWords, type ValidationTranslator } from "@/lib/validations/message";

/** The schemas' messages in the reader's language, from the catalogs the staff layout hands the page. */
export function useSchemaWords(): SchemaWords {
  const t = useTranslations("validation");
  const locale = useLocale();
  return useMemo(() => schemaWords(t as unknown as ValidationTranslator, locale), [t, locale]);
}

/** Every `message` of react-hook-form's errors in words; `ref` (the field's element) is left alone. */
function worded(node: unknown, text: (message: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => worded(item, text));
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === "ref") return [key, value];
      if (key === "message" && typeof value === "string") return [key, text(value)];
      if (key === "types" && typeof value === "object" && value !== null)
        return [
          key,
          Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? text(v) : v])),
        ];
      return [key, worded(value, text)];
    }),
  );
}

/**
 * `zodResolver(schema)` with the messages in the reader's language: the schema's keys become words,
 * and zod's own messages (checks without one of ours) come from the same catalog.
 */
export function useSchemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  const words = useSchemaWords();
  return useMemo(() => {
    const resolve = zodResolver(schema, words.error ? { error: words.error } : undefined) as unknown as Resolver<
      Input,
      unknown,
      Output
    >;
    return async (values, context, options) => {
      const result = await resolve(values, context, options);
      if (Object.keys(result.errors).length === 0) return result;
      return { values: {}, errors: worded(result.errors, words.text) as FieldErrors<Input> };
    };
  }, [schema, words]);
}
