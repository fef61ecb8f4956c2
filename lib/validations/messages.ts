import { z } from "zod";
import { msg } from "./message";
import { LOCALES } from "@/lib/i18n/locales";
import { TEMPLATE_KINDS, templateProblems } from "@/lib/mail/template";
import { multiLine, singleLine } from "./text";

/** Which message: its kind, language, and the job it overrides (null: the organisation's). */
export const templateScope = z.object({
  kind: z.enum(TEMPLATE_KINDS, { error: msg("messages.kind") }),
  locale: z.enum(LOCALES, { error: msg("messages.locale") }),
  jobId: z.number().int().positive().nullable(),
});

/** A message's wording: plain text with variables from the fixed list only. */
export const templateInput = templateScope
  .extend({
    subject: singleLine().min(1, msg("messages.subject")).max(200, msg("messages.subjectTooLong")),
    body: multiLine()
      .min(1, msg("messages.body"))
      .max(8000, msg("messageTooLong", { max: 8000 })),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(templateProblems(v.kind, v)))
      ctx.addIssue({ code: "custom", path: [path], message });
  });

export type TemplateScope = z.output<typeof templateScope>;
export type TemplateInput = z.output<typeof templateInput>;
