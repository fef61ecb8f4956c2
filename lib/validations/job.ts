import { z } from "zod";
import { QUESTION_KINDS, STAGE_KINDS } from "@/db/enums";
import { EU_COUNTRIES, isCountryCode } from "@/lib/geo/countries";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import { msg, type LabelKey } from "./message";
import { multiLine, singleLine } from "./text";

// Classic zod: this schema runs on staff pages only, never in a candidate's bundle.

export const EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN"] as const;
export const CURRENCIES = ["EUR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "CHF", "GBP", "USD"] as const;
export const SALARY_PERIODS = ["YEAR", "MONTH", "HOUR"] as const;
/** Path segments under /staff/jobs/ that are pages of their own, and so cannot be slugs. */
export const RESERVED_SLUGS = ["new", "edit"] as const;
export const MAX_QUESTIONS = 10;

const EU = new Set<string>(EU_COUNTRIES);
const reasons = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];
const text = (label: LabelKey, max: number, min = 0, lines: "single" | "multi" = "single") =>
  (lines === "multi" ? multiLine() : singleLine())
    .max(max, msg("job.tooLong", { label, max }))
    .min(min, min === 1 ? msg("job.required", { label }) : msg("job.tooShort", { label, min }));
/** A text in both languages; its label names the language (`stageNameEn`: "Stage name for candidates (English)"). */
const localized = (
  label: "stageName" | "stageDescription" | "option" | "question",
  max: number,
  min = 1,
  lines: "single" | "multi" = "single",
) => z.object({ en: text(`${label}En` as const, max, min, lines), sv: text(`${label}Sv` as const, max, min, lines) });
const existingKey = z
  .string()
  .regex(/^[a-z0-9_]{1,40}$/, msg("job.unknownKey"))
  .optional()
  .or(z.literal("").transform(() => undefined));

export const jobSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, msg("job.slugTooShort"))
  .max(60, msg("job.slugTooLong"))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg("job.slugFormat"))
  .refine((v) => !(RESERVED_SLUGS as readonly string[]).includes(v), msg("job.slugReserved"));

const content = z.object({
  title: text("title", 120, 1),
  team: text("team", 80, 1),
  summary: text("summary", 400, 1, "multi"),
  body: text("body", 20_000, 1, "multi"),
  processNote: text("processNote", 2_000, 0, "multi"),
  startNote: text("startNote", 300, 1),
});

const stage = z.object({
  key: existingKey,
  kind: z.enum(STAGE_KINDS, { error: msg("job.stageKind") }),
  staffName: text("stageStaffName", 60, 1),
  name: localized("stageName", 80),
  description: localized("stageDescription", 400, 1, "multi"),
  typicalDays: z
    .number({ error: msg("job.typicalDays") })
    .int(msg("job.typicalDays"))
    .min(1, msg("job.typicalDaysMin"))
    .max(90, msg("job.typicalDaysMax")),
});

const attribute = z.object({
  key: existingKey,
  label: text("attribute", 80, 1),
  description: text("attributeDescription", 300),
  optional: z.boolean(),
});

const option = z.object({ key: existingKey, label: localized("option", 120), knockout: z.boolean() });

const question = z
  .object({
    key: existingKey,
    kind: z.enum(QUESTION_KINDS, { error: msg("job.questionKind") }),
    label: localized("question", 300),
    required: z.boolean(),
    options: z.array(option).max(12, msg("job.tooManyOptions")),
    /** For a yes/no question: the answer that rejects ("" for none). */
    knockoutAnswer: z.enum(["", "yes", "no"]),
    knockoutReason: z.enum(reasons, { error: msg("reasonFromList") }),
    knockoutMessage: z.object({
      en: multiLine().max(4000, msg("messageTooLong", { max: 4000 })),
      sv: multiLine().max(4000, msg("messageTooLong", { max: 4000 })),
    }),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "single_choice" && q.options.length < 2)
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: msg("job.twoOptions"),
      });
    const knockout =
      q.kind === "yes_no" ? q.knockoutAnswer !== "" : q.kind === "single_choice" && q.options.some((o) => o.knockout);
    if (knockout) {
      if (q.kind === "single_choice" && q.options.every((o) => o.knockout))
        ctx.addIssue({ code: "custom", path: ["options"], message: msg("job.oneOptionPasses") });
      for (const lang of ["en", "sv"] as const) {
        if (q.knockoutMessage[lang].length < 20) {
          ctx.addIssue({
            code: "custom",
            path: ["knockoutMessage", lang],
            message: msg("job.knockoutMessage", { language: lang }),
          });
        }
      }
    }
  });

const optionalInt = (label: LabelKey) =>
  z
    .number({ error: msg("job.wholeNumber", { label }) })
    .int(msg("job.wholeNumber", { label }))
    .min(0, msg("job.notNegative", { label }))
    .max(100_000_000, msg("job.tooLarge", { label }))
    .nullable();

/** A job as the editor fills it in and as the server receives it. */
export const jobInput = z
  .object({
    slug: jobSlug,
    content: z.object({ en: content, sv: content }),
    location: z.object({
      remote: z.boolean(),
      applicantCountries: z
        .array(z.string().refine((c) => isCountryCode(c) && EU.has(c), msg("job.euCountries")))
        .max(EU_COUNTRIES.length)
        .transform((list) => [...new Set(list)].sort()),
      offices: z
        .array(
          z.object({
            city: text("officeCity", 80, 1),
            country: z.string().refine((c) => isCountryCode(c), msg("job.officeCountry")),
          }),
        )
        .max(10, msg("job.tooManyOffices")),
    }),
    employmentType: z.enum(EMPLOYMENT_TYPES, { error: msg("job.employmentType") }),
    salaryMin: optionalInt("salaryMin"),
    salaryMax: optionalInt("salaryMax"),
    salaryCurrency: z.enum(CURRENCIES, { error: msg("job.currency") }),
    salaryPeriod: z.enum(SALARY_PERIODS, { error: msg("job.period") }),
    validThrough: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, msg("job.closingDate"))
      .transform((v) => v || null),
    hiringManagerUserId: z.number().int().positive().nullable(),
    stages: z.array(stage).min(1, msg("job.stagesRequired")).max(12, msg("job.tooManyStages")),
    attributes: z.array(attribute).max(20, msg("job.tooManyAttributes")),
    questions: z.array(question).max(MAX_QUESTIONS, msg("job.tooManyQuestions", { max: MAX_QUESTIONS })),
  })
  .superRefine((v, ctx) => {
    if (v.location.applicantCountries.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["location", "applicantCountries"],
        message: msg("job.countriesRequired"),
      });
    }
    if (!v.location.remote && v.location.offices.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["location", "offices"],
        message: msg("job.officeOrRemote"),
      });
    }
    if ((v.salaryMin == null) !== (v.salaryMax == null)) {
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: msg("job.salaryBothEnds") });
    } else if (v.salaryMin != null && v.salaryMax != null && v.salaryMin > v.salaryMax) {
      ctx.addIssue({
        code: "custom",
        path: ["salaryMax"],
        message: msg("job.salaryOrder"),
      });
    }
  });

export type JobInput = z.input<typeof jobInput>;
export type JobData = z.output<typeof jobInput>;
export type QuestionData = JobData["questions"][number];

export const jobStatusChange = z.object({
  slug: z.string().min(1).max(60),
  status: z.enum(["draft", "open", "closed"], { error: msg("job.status") }),
});

export const markdownPreview = z.object({ source: multiLine().max(20_000, msg("job.previewTooLong")) });
