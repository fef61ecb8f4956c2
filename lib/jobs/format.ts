import { countryName } from "@/lib/geo/countries";
import type { Locale } from "@/lib/i18n/locales";
import { siteText } from "@/lib/i18n/site";
import type { PublicJob } from "./queries";

export function formatSalary(job: Pick<PublicJob, "salary">, locale: Locale): string | null {
  if (!job.salary) return null;
  const fmt = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-IE", {
    style: "currency",
    currency: job.salary.currency,
    maximumFractionDigits: 0,
  });
  const period = job.salary.period === "YEAR" ? ` ${siteText(locale).perYear}` : "";
  return `${fmt.format(job.salary.min)} – ${fmt.format(job.salary.max)}${period}`;
}

export function formatLocation(job: Pick<PublicJob, "location">, locale: Locale): string {
  const offices = job.location.offices.map((o) => o.city).join(", ");
  if (job.location.remote) return offices ? siteText(locale).remoteEu(offices) : siteText(locale).remoteOnly;
  return job.location.offices.map((o) => `${o.city}, ${countryName(o.country, locale)}`).join("; ");
}
