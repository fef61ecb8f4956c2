import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { TEMPLATE_KINDS, templateProblems } from "@/lib/mail/template";
import { multiLine, singleLine } from "./text";

/** Which message: its kind, language, and the job it overrides (null: the organisation's). */
export const templateScope = z.object({
  kind: z.enum(TEMPLATE_KINDS, { error: "Choose a message from the list." }),
  locale: z.enum(LOCALES, { error: "Choose English or Swedish." }),
  jobId: z.number().int().positive().nullable(),
});

/** A message's wording: plain text with variables from the fixed list only. */
export const templateInput = templateScope
  .extend({
    subject: singleLine().min(1, "Write a subject.").max(200, "Keep the subject under 200 characters."),
    body: multiLine().min(1, "Write the message.").max(8000, "Keep the message under 8,000 characters."),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(templateProblems(v.kind, v)))
      ctx.addIssue({ code: "custom", path: [path], message });
  });

export type TemplateScope = z.output<typeof templateScope>;
export type TemplateInput = z.output<typeof templateInput>;
