import type { Locale } from "@/lib/i18n/locales";
import type { PublicJob } from "./queries";

export type CareersFilter = { team: string; location: string; remote: boolean };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim().slice(0, 100) : "");

/** The careers page's filters from its URL (a plain GET form), unknown values ignored. */
export function parseCareersFilter(search: Record<string, string | string[] | undefined>): CareersFilter {
  return { team: one(search.team), location: one(search.location), remote: one(search.remote) === "1" };
}

/** The teams and office cities the open jobs have, to choose from, in the page's language. */
export function filterChoices(jobs: PublicJob[], locale: Locale): { teams: string[]; locations: string[] } {
  const collator = new Intl.Collator(locale);
  const teams = [...new Set(jobs.map((j) => j.content[locale].team))].sort(collator.compare);
  const locations = [...new Set(jobs.flatMap((j) => j.location.offices.map((o) => o.city)))].sort(collator.compare);
  return { teams, locations };
}

export function filterJobs(jobs: PublicJob[], locale: Locale, f: CareersFilter): PublicJob[] {
  return jobs.filter(
    (j) =>
      (!f.team || j.content[locale].team === f.team) &&
      (!f.location || j.location.offices.some((o) => o.city === f.location)) &&
      (!f.remote || j.location.remote),
  );
}
