import type { Localized, QuestionKind } from "@/db/schema";
import { isMultiLine, isSingleLine, unixLineBreaks } from "./control-chars";

// Plain code, no zod: it runs in the apply page's bundle too, and must stay tiny there.

/** What a candidate may see of a custom question: never which answer knocks out. */
export type PublicQuestion = {
  key: string;
  kind: QuestionKind;
  label: Localized;
  required: boolean;
  options: { key: string; label: Localized }[];
};

export type CheckedAnswer = { key: string; value: string };

const LIMITS: Partial<Record<QuestionKind, number>> = { short_text: 300, long_text: 5000 };

/** The multipart field that carries the answer to a question: `q_{key}`. */
export const answerField = (key: string) => `q_${key}`;

/**
 * Checks the answers to a job's custom questions, as the form sends them (field `q_{key}`).
 * Returns an error code per field (words come from lib/i18n/errors) and the clean answers.
 */
export function checkAnswers(
  questions: readonly (Pick<PublicQuestion, "key" | "kind" | "required"> & { options: { key: string }[] })[],
  fields: Record<string, unknown>,
): { codes: Record<string, string>; answers: CheckedAnswer[] } {
  const codes: Record<string, string> = {};
  const answers: CheckedAnswer[] = [];
  for (const q of questions) {
    const field = answerField(q.key);
    const raw = fields[field];
    const value = typeof raw === "string" ? unixLineBreaks(raw).trim() : "";
    if (!value) {
      if (q.required) codes[field] = q.kind === "yes_no" || q.kind === "single_choice" ? "choice" : "required";
      continue;
    }
    const max = LIMITS[q.kind];
    if (max !== undefined) {
      if (value.length > max) codes[field] = "tooLong";
      else if (!(q.kind === "long_text" ? isMultiLine(value) : isSingleLine(value))) codes[field] = "controlChars";
    } else if (q.kind === "yes_no" ? value !== "yes" && value !== "no" : !q.options.some((o) => o.key === value)) {
      codes[field] = "choice";
    }
    if (!codes[field]) answers.push({ key: q.key, value });
  }
  return { codes, answers };
}
