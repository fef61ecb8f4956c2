import type { StageKind } from "@/db/schema";
import type { CandidateMessages as Messages } from "./candidate-catalog";
import type { Locale } from "./locales";
import { candidateTranslator as translator, plainMessages } from "./candidate-translator";

type Plain = Omit<
  Messages["status"],
  "forRole" | "hello" | "lastUpdate" | "applied" | "usually" | "byKind" | "eraseAll" | "eraseAllText" | "futureRoles"
> & {
  /** What a step of each kind asks of the candidate, whatever the recruiter named or wrote of it. */
  byKind: Record<StageKind, string>;
};

export type StatusText = Plain & {
  forRole: (title: string) => string;
  hello: (name: string) => string;
  lastUpdate: (date: string) => string;
  applied: (date: string) => string;
  usually: (days: number) => string;
  eraseAll: (n: number) => string;
  eraseAllText: (n: number) => string;
  futureRoles: (until: string) => string;
};

const cache = new Map<Locale, StatusText>();

/** The candidate status pages' words in `locale`, from messages/<locale>/status.json. */
export function statusText(locale: Locale): StatusText {
  const cached = cache.get(locale);
  if (cached) return cached;
  const t = translator(locale, "status");
  const text: StatusText = {
    ...(plainMessages(locale, "status") as Plain),
    forRole: (title) => t("forRole", { title }),
    hello: (name) => t("hello", { name }),
    lastUpdate: (date) => t("lastUpdate", { date }),
    applied: (date) => t("applied", { date }),
    usually: (days) => t("usually", { days }),
    eraseAll: (n) => t("eraseAll", { n }),
    eraseAllText: (n) => t("eraseAllText", { n }),
    futureRoles: (until) => t("futureRoles", { until }),
  };
  cache.set(locale, text);
  return text;
}
