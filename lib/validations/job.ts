import { z } from "zod";
import { QUESTION_KINDS, STAGE_KINDS } from "@/db/enums";
import { EU_COUNTRIES, isCountryCode } from "@/lib/geo/countries";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
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
const text = (label: string, max: number, min = 0, lines: "single" | "multi" = "single") =>
  (lines === "multi" ? multiLine() : singleLine())
    .max(max, `${label}: at most ${max.toLocaleString("en")} characters.`)
    .min(min, min === 1 ? `${label}: fill this in.` : `${label}: at least ${min} characters.`);
const localized = (label: string, max: number, min = 1, lines: "single" | "multi" = "single") =>
  z.object({ en: text(`${label} (English)`, max, min, lines), sv: text(`${label} (Swedish)`, max, min, lines) });
const existingKey = z
  .string()
  .regex(/^[a-z0-9_]{1,40}$/, "Unknown key.")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const jobSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "The slug needs at least 3 characters.")
  .max(60, "Keep the slug under 60 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like cloud-engineer.")
  .refine((v) => !(RESERVED_SLUGS as readonly string[]).includes(v), "This word is reserved; choose another slug.");

const content = z.object({
  title: text("Title", 120, 1),
  team: text("Team", 80, 1),
  summary: text("Summary", 400, 1, "multi"),
  body: text("Posting text", 20_000, 1, "multi"),
  processNote: text("Note on the process", 2_000, 0, "multi"),
  startNote: text("Start", 300, 1),
});

const stage = z.object({
  key: existingKey,
  kind: z.enum(STAGE_KINDS, { error: "Choose what this stage is for." }),
  staffName: text("Stage name for staff", 60, 1),
  name: localized("Stage name for candidates", 80),
  description: localized("Stage description", 400, 1, "multi"),
  typicalDays: z
    .number({ error: "Typical days: a whole number." })
    .int("Typical days: a whole number.")
    .min(1, "Typical days: at least 1.")
    .max(90, "Typical days: at most 90."),
});

const attribute = z.object({
  key: existingKey,
  label: text("Attribute", 80, 1),
  description: text("Attribute description", 300),
  optional: z.boolean(),
});

const option = z.object({ key: existingKey, label: localized("Option", 120), knockout: z.boolean() });

const question = z
  .object({
    key: existingKey,
    kind: z.enum(QUESTION_KINDS, { error: "Choose the kind of question." }),
    label: localized("Question", 300),
    required: z.boolean(),
    options: z.array(option).max(12, "At most 12 options."),
    /** For a yes/no question: the answer that rejects ("" for none). */
    knockoutAnswer: z.enum(["", "yes", "no"]),
    knockoutReason: z.enum(reasons, { error: "Choose a reason from the list." }),
    knockoutMessage: z.object({
      en: multiLine().max(4000, "Keep the message under 4,000 characters."),
      sv: multiLine().max(4000, "Keep the message under 4,000 characters."),
    }),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "single_choice" && q.options.length < 2)
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "A single-choice question needs at least two options.",
      });
    const knockout =
      q.kind === "yes_no" ? q.knockoutAnswer !== "" : q.kind === "single_choice" && q.options.some((o) => o.knockout);
    if (knockout) {
      if (q.kind === "single_choice" && q.options.every((o) => o.knockout))
        ctx.addIssue({ code: "custom", path: ["options"], message: "At least one option must not reject." });
      for (const lang of ["en", "sv"] as const) {
        if (q.knockoutMessage[lang].length < 20) {
          ctx.addIssue({
            code: "custom",
            path: ["knockoutMessage", lang],
            message: `A knockout needs a kind message to the candidate in ${lang === "en" ? "English" : "Swedish"} (at least 20 characters).`,
          });
        }
      }
    }
  });

const optionalInt = (label: string) =>
  z
    .number({ error: `${label}: a whole number.` })
    .int(`${label}: a whole number.`)
    .min(0, `${label}: not below 0.`)
    .max(100_000_000, `${label}: too large.`)
    .nullable();

/** A job as the editor fills it in and as the server receives it. */
export const jobInput = z
  .object({
    slug: jobSlug,
    content: z.object({ en: content, sv: content }),
    location: z.object({
      remote: z.boolean(),
      applicantCountries: z
        .array(z.string().refine((c) => isCountryCode(c) && EU.has(c), "Choose EU member states."))
        .max(EU_COUNTRIES.length)
        .transform((list) => [...new Set(list)].sort()),
      offices: z
        .array(
          z.object({
            city: text("Office city", 80, 1),
            country: z.string().refine((c) => isCountryCode(c), "Choose the office's country."),
          }),
        )
        .max(10, "At most 10 offices."),
    }),
    employmentType: z.enum(EMPLOYMENT_TYPES, { error: "Choose an employment type." }),
    salaryMin: optionalInt("Lowest salary"),
    salaryMax: optionalInt("Highest salary"),
    salaryCurrency: z.enum(CURRENCIES, { error: "Choose a currency." }),
    salaryPeriod: z.enum(SALARY_PERIODS, { error: "Choose a period." }),
    validThrough: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, "Closing date: use the date picker (YYYY-MM-DD).")
      .transform((v) => v || null),
    hiringManagerUserId: z.number().int().positive().nullable(),
    stages: z.array(stage).min(1, "A job needs at least one stage.").max(12, "At most 12 stages."),
    attributes: z.array(attribute).max(20, "At most 20 attributes."),
    questions: z.array(question).max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} custom questions.`),
  })
  .superRefine((v, ctx) => {
    if (v.location.applicantCountries.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["location", "applicantCountries"],
        message: "Choose at least one country applicants may live in.",
      });
    }
    if (!v.location.remote && v.location.offices.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["location", "offices"],
        message: "Add an office, or make the job remote.",
      });
    }
    if ((v.salaryMin == null) !== (v.salaryMax == null)) {
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "Give both ends of the salary range, or neither." });
    } else if (v.salaryMin != null && v.salaryMax != null && v.salaryMin > v.salaryMax) {
      ctx.addIssue({
        code: "custom",
        path: ["salaryMax"],
        message: "The highest salary must not be below the lowest.",
      });
    }
  });

export type JobInput = z.input<typeof jobInput>;
export type JobData = z.output<typeof jobInput>;
export type QuestionData = JobData["questions"][number];

export const jobStatusChange = z.object({
  slug: z.string().min(1).max(60),
  status: z.enum(["draft", "open", "closed"], { error: "Choose draft, open or closed." }),
});

export const markdownPreview = z.object({ source: multiLine().max(20_000, "The text is too long to preview.") });
