import { defaultStages } from "@/db/seed/cloud-engineer-content";
import { jobInput, type JobData, type JobInput } from "@/lib/validations/job";

const content = (lang: "en" | "sv", title: string) => ({
  title,
  team: lang === "en" ? "Platform team" : "Plattformsteamet",
  summary: lang === "en" ? "Keep our platform humming." : "Håll plattformen igång.",
  body: lang === "en" ? "## The role\n\nYou run things." : "## Rollen\n\nDu driver saker.",
  processNote: "",
  startNote: lang === "en" ? "As soon as possible." : "Snarast.",
});

/** A complete, valid job for the editor's schema; override what a test is about. */
export function jobFields(overrides: Partial<JobInput> = {}): JobInput {
  return {
    slug: `job-${Math.random().toString(36).slice(2, 8)}`,
    content: { en: content("en", "Platform Engineer"), sv: content("sv", "Plattformsingenjör") },
    location: { remote: true, applicantCountries: ["SE", "FI"], offices: [{ city: "Stockholm", country: "SE" }] },
    employmentType: "FULL_TIME",
    salaryMin: 50000,
    salaryMax: 70000,
    salaryCurrency: "EUR",
    salaryPeriod: "YEAR",
    validThrough: "",
    hiringManagerUserId: null,
    stages: defaultStages.map((s) => ({
      key: s.key,
      kind: s.kind,
      staffName: s.staffName,
      name: s.name,
      description: s.description,
      typicalDays: s.typicalDays,
    })),
    attributes: [{ label: "Linux", description: "", optional: false }],
    questions: [],
    ...overrides,
  };
}

export const jobData = (overrides: Partial<JobInput> = {}): JobData => jobInput.parse(jobFields(overrides));

/** A yes/no question that rejects "no", with kind words in both languages. */
export const knockoutQuestion = (
  overrides: Partial<JobInput["questions"][number]> = {},
): JobInput["questions"][number] => ({
  kind: "yes_no",
  label: { en: "Do you live in the EU?", sv: "Bor du inom EU?" },
  required: true,
  options: [],
  knockoutAnswer: "no",
  knockoutReason: "not_eu",
  knockoutMessage: {
    en: "Thank you! This role is open to people living in the EU only.",
    sv: "Tack! Rollen är bara öppen för dig som bor inom EU.",
  },
  ...overrides,
});
