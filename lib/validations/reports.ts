import { z } from "zod";
import { msg } from "./message";
import { dayStart, isoDate, MAX_DAYS } from "@/lib/reports/period";

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("reports.dateFormat"))
  // Date.parse rolls 2026-02-31 over to March; a date must come back as itself.
  .refine((v) => !Number.isNaN(dayStart(v)) && isoDate(dayStart(v)) === v, msg("reports.dateMissing"));

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A report's scope as it travels in a URL, shared by the page (GET form) and the CSV route. */
export const reportQuery = z
  .object({
    job: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .max(200)
        .regex(/^[a-z0-9-]+$/, msg("reports.job"))
        .optional(),
    ),
    from: z.preprocess(blank, date.optional()),
    to: z.preprocess(blank, date.optional()),
  })
  .superRefine((q, ctx) => {
    if (!q.from || !q.to) return;
    const days = (dayStart(q.to) - dayStart(q.from)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: msg("reports.endBeforeStart") });
    else if (days > MAX_DAYS)
      ctx.addIssue({ code: "custom", path: ["from"], message: msg("reports.tooManyDays", { max: MAX_DAYS }) });
  });
export type ReportQuery = z.output<typeof reportQuery>;
