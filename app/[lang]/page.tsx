import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/site/public-shell";
import { JobFactsLine } from "@/components/posting/job-facts";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/i18n/metadata";
import { siteText } from "@/lib/i18n/site";
import { listOpenJobs } from "@/lib/jobs/queries";
import { filterChoices, filterJobs, parseCareersFilter, type CareersFilter } from "@/lib/jobs/careers-filter";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Rendered per request: the filters are a plain GET form (no JavaScript), read from the URL.
// The list is a few rows from SQLite, so this stays fast; the posting pages stay prerendered.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = siteText(lang);
  return { title: t.careersTitle, description: t.careersIntro, alternates: languageAlternates(lang, "/") };
}

function Filters({
  lang,
  filter,
  choices,
}: {
  lang: Locale;
  filter: CareersFilter;
  choices: { teams: string[]; locations: string[] };
}) {
  const f = siteText(lang).filters;
  const active = Boolean(filter.team || filter.location || filter.remote);
  return (
    <form className="careers-filters" method="get" action={localePath(lang, "/")} aria-label={f.legend}>
      <div className="field">
        <label htmlFor="filter-team">{f.team}</label>
        <select id="filter-team" name="team" defaultValue={filter.team}>
          <option value="">{f.allTeams}</option>
          {choices.teams.map((team) => (
            <option key={team}>{team}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-location">{f.location}</label>
        <select id="filter-location" name="location" defaultValue={filter.location}>
          <option value="">{f.anyLocation}</option>
          {choices.locations.map((city) => (
            <option key={city}>{city}</option>
          ))}
        </select>
      </div>
      <div className="check">
        <input id="filter-remote" type="checkbox" name="remote" value="1" defaultChecked={filter.remote} />
        <label htmlFor="filter-remote">{f.remote}</label>
      </div>
      <button className="button secondary" type="submit">
        {f.show}
      </button>
      {active && <Link href={localePath(lang, "/")}>{f.clear}</Link>}
    </form>
  );
}

export default async function CareersPage({ params, searchParams }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = siteText(lang);
  const open = await listOpenJobs();
  const filter = parseCareersFilter(await searchParams);
  const jobs = filterJobs(open, lang, filter);
  return (
    <PublicShell locale={lang} path="/">
      <section className="hero">
        <p className="eyebrow">{t.careers}</p>
        <h1>{t.careersTitle}</h1>
        <p>{t.careersIntro}</p>
      </section>
      <h2>{t.openRoles}</h2>
      {open.length > 0 && <Filters lang={lang} filter={filter} choices={filterChoices(open, lang)} />}
      {jobs.length === 0 ? (
        <p>{open.length === 0 ? t.noRoles : t.filters.none}</p>
      ) : (
        <ul className="job-list">
          {jobs.map((job) => (
            <li key={job.slug} className="card job-card">
              <h3>
                <Link href={localePath(lang, `/jobs/${job.slug}`)}>{job.content[lang].title}</Link>
              </h3>
              <p className="meta">
                <JobFactsLine job={job} locale={lang} />
              </p>
              <p>{job.content[lang].summary}</p>
              <div className="actions">
                <Link className="button" href={localePath(lang, `/jobs/${job.slug}/apply`)}>
                  {t.apply}
                  <span className="visually-hidden"> – {job.content[lang].title}</span>
                </Link>
                <Link className="button secondary" href={localePath(lang, `/jobs/${job.slug}`)}>
                  {t.readMore}
                  <span className="visually-hidden"> – {job.content[lang].title}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </PublicShell>
  );
}
