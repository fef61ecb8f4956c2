import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/locales";
import { siteText } from "@/lib/i18n/site";
import { formatLocation, formatSalary } from "@/lib/jobs/format";
import type { PublicJob } from "@/lib/jobs/queries";

export function JobFactsLine({ job, locale }: { job: PublicJob; locale: Locale }) {
  const parts = [job.content[locale].team, formatLocation(job, locale), formatSalary(job, locale)].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}

/** The sidebar of a posting: where, pay, employment, start, and the way to apply. */
export function JobFactsPanel({ job, locale }: { job: PublicJob; locale: Locale }) {
  const t = siteText(locale);
  const salary = formatSalary(job, locale);
  return (
    <aside className="card facts" aria-label={job.content[locale].title}>
      <dl>
        <dt>{t.facts.team}</dt>
        <dd>{job.content[locale].team}</dd>
        <dt>{t.facts.location}</dt>
        <dd>{formatLocation(job, locale)}</dd>
        {salary && (
          <>
            <dt>{t.facts.salary}</dt>
            <dd>{salary}</dd>
          </>
        )}
        <dt>{t.facts.type}</dt>
        <dd>{t.employment[job.employmentType] ?? t.fullTime}</dd>
        <dt>{t.facts.start}</dt>
        <dd>{job.content[locale].startNote}</dd>
      </dl>
      {job.status === "open" ? (
        <Link className="button" href={localePath(locale, `/jobs/${job.slug}/apply`)}>
          {t.applyNow}
        </Link>
      ) : (
        <p className="notice closed">{t.roleFilled}</p>
      )}
    </aside>
  );
}
