import type { Locale } from "./locales";
import { candidateTranslator as translator, plainMessages } from "./candidate-translator";

export type SiteText = {
  careers: string;
  skip: string;
  switchTo: string;
  switchLabel: string;
  careersTitle: string;
  careersIntro: string;
  openRoles: string;
  noRoles: string;
  readMore: string;
  apply: string;
  applyNow: string;
  facts: { location: string; salary: string; type: string; start: string; team: string };
  remoteEu: (offices: string) => string;
  fullTime: string;
  employment: Record<string, string>;
  remoteOnly: string;
  filters: {
    legend: string;
    team: string;
    allTeams: string;
    location: string;
    anyLocation: string;
    remote: string;
    show: string;
    clear: string;
    none: string;
  };
  perYear: string;
  process: string;
  /** The intro to the process, for a job with `steps` candidate-facing steps. */
  processIntro: (steps: number) => string;
  step: (n: number) => string;
  roleFilled: string;
  allRoles: string;
  footer: string;
  privacy: string;
  thanks: (name: string) => string;
  received: (title: string) => string;
  statusLinkIntro: string;
  statusLinkWarning: string;
  openStatus: string;
  nextStep: (days: number) => string;
  noConfirmation: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
};

const cache = new Map<Locale, SiteText>();

/** The public site's words in `locale`, from messages/<locale>/site.json. */
export function siteText(locale: Locale): SiteText {
  const cached = cache.get(locale);
  if (cached) return cached;
  const t = translator(locale, "site");
  const text: SiteText = {
    ...(plainMessages(locale, "site") as Omit<
      SiteText,
      "remoteEu" | "processIntro" | "step" | "thanks" | "received" | "nextStep"
    >),
    remoteEu: (offices) => t("remoteEu", { offices }),
    processIntro: (steps) => t("processIntro", { steps }),
    step: (n) => t("step", { n }),
    thanks: (name) => t("thanks", { name }),
    received: (title) => t("received", { title }),
    nextStep: (days) => t("nextStep", { days }),
  };
  cache.set(locale, text);
  return text;
}
