import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/site/public-shell";
import { JobFactsLine } from "@/components/posting/job-facts";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/i18n/metadata";
import { siteText } from "@/lib/i18n/site";
import { listOpenJobs } from "@/lib/jobs/queries";

type Props = { params: Promise<{ lang: string }> };

/** Rendered on the first request and cached; no database read at build time. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = siteText(lang);
  return { title: t.careersTitle, description: t.careersIntro, alternates: languageAlternates(lang, "/") };
}

export default async function CareersPage({ params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = siteText(lang);
  const jobs = listOpenJobs();
  return (
    <PublicShell locale={lang} path="/">
      <section className="hero">
        <p className="eyebrow">{t.careers}</p>
        <h1>{t.careersTitle}</h1>
        <p>{t.careersIntro}</p>
      </section>
      <h2>{t.openRoles}</h2>
      {jobs.length === 0 ? (
        <p>{t.noRoles}</p>
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
