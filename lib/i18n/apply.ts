import type { Source } from "@/lib/validations/application";
import type { Locale } from "./locales";
import { candidateTranslator as translator, plainMessages } from "./candidate-translator";

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
