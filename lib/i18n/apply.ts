import type { Source } from "@/lib/validations/application";
import type { Locale } from "./locales";
import { candidateTranslator as translator, plainMessages } from "./candidate-translator";
import { formErrorTexts, type FormErrorTexts } from "./errors";

export type ApplyText = {
  heading: (title: string) => string;
  /** The page's meta description, for search results and link previews. */
  description: (title: string, company: string) => string;
  intro: string;
  required: string;
  optional: string;
  sections: { you: string; work: string; questions: string; more: string; privacy: string };
  yes: string;
  no: string;
  labels: Record<
    | "fullName"
    | "email"
    | "phone"
    | "country"
    | "cv"
    | "linkedinUrl"
    | "githubUrl"
    | "portfolioUrl"
    | "note"
    | "showSkills"
    | "source"
    | "privacyConsent"
    | "futureRolesConsent",
    string
  >;
  /** Names for the error summary, where the label is a whole sentence. */
  shortLabels: Partial<Record<string, string>>;
  hints: Partial<
    Record<"fullName" | "email" | "phone" | "country" | "cv" | "links" | "note" | "showSkills" | "source", string>
  >;
  chooseCountry: string;
  euGroup: string;
  otherGroup: string;
  chooseSource: string;
  sources: Record<Source, string>;
  submit: string;
  submitting: string;
  errorSummary: (n: number) => string;
  network: string;
  backToForm: string;
  closed: string;
};

const cache = new Map<Locale, ApplyText>();

/** The application form's words in `locale`, from messages/<locale>/apply.json. */
export function applyText(locale: Locale): ApplyText {
  const cached = cache.get(locale);
  if (cached) return cached;
  const t = translator(locale, "apply");
  const text: ApplyText = {
    ...(plainMessages(locale, "apply") as Omit<ApplyText, "heading" | "description" | "errorSummary">),
    heading: (title) => t("heading", { title }),
    description: (title, company) => t("description", { title, company }),
    errorSummary: (count) => t("errorSummary", { count }),
  };
  cache.set(locale, text);
  return text;
}

/**
 * The form's words as plain data, for the client component: what applyText gives, with the
 * error summary for each count the form can show and every validation message of the candidate's
 * language ({country} left for the form to fill). The form then needs no translator and no
 * catalog in the browser.
 */
export type ApplyFormText = Omit<ApplyText, "heading" | "description" | "errorSummary"> & {
  /** errorSummaries[n]: the summary's heading for n problems. */
  errorSummaries: string[];
  errors: FormErrorTexts;
};

export function applyFormText(locale: Locale, fieldCount: number): ApplyFormText {
  const { errorSummary, ...rest } = applyText(locale);
  // The page's heading and description are the server's own; the form gets plain strings only.
  const plain = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v !== "function")) as Omit<
    ApplyText,
    "heading" | "description" | "errorSummary"
  >;
  return {
    ...plain,
    errorSummaries: Array.from({ length: fieldCount + 1 }, (_, n) => errorSummary(n)),
    errors: formErrorTexts(locale),
  };
}
