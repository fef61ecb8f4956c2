import type { Metadata } from "next";
import { ProcessSteps } from "@/components/posting/process-steps";
import { candidateSteps } from "@/lib/stages/process";
import { JobFactsPanel } from "@/components/posting/job-facts";
import { PublicShell } from "@/components/site/public-shell";
import { localePath } from "@/lib/i18n/locales";
import { languageAlternates, siteUrl } from "@/lib/i18n/metadata";
import { siteText } from "@/lib/i18n/site";
import { jobPostingJsonLd, jsonForScript } from "@/lib/jobs/json-ld";
import { publicJobFromParams } from "@/lib/jobs/page-params";
import { renderMarkdown } from "@/lib/markdown";

type Props = { params: Promise<{ lang: string; slug: string }> };

/** Prerendered on the first request, then served from the cache: no database read per request. */
// Regenerated on every change to the job, and hourly so a passed closing date shows as closed.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, job } = await publicJobFromParams(params);
  const c = job.content[lang];
  return {
    title: c.title,
    description: c.summary,
    alternates: languageAlternates(lang, `/jobs/${job.slug}`),
    openGraph: { title: c.title, description: c.summary, type: "website" },
  };
}

export default async function PostingPage({ params }: Props) {
  const { lang, job } = await publicJobFromParams(params);
  const t = siteText(lang);
  const c = job.content[lang];
  const path = `/jobs/${job.slug}`;
  const jsonLd = jobPostingJsonLd(job, lang, new URL(localePath(lang, path), siteUrl()).toString());
  return (
    <PublicShell locale={lang} path={path}>
      {job.status === "open" && (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      )}
      <section className="hero">
        <p className="eyebrow">{c.team}</p>
        <h1>{c.title}</h1>
        <p>{c.summary}</p>
      </section>
      <div className="posting">
        <article className="card">
          <div className="posting-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(c.body) }} />
          <section aria-labelledby="process">
            <h2 id="process">{t.process}</h2>
            <p>{t.processIntro(candidateSteps(job.stages).length)}</p>
            <ProcessSteps stages={job.stages} locale={lang} />
            <div dangerouslySetInnerHTML={{ __html: renderMarkdown(c.processNote) }} />
          </section>
          {job.status === "open" && (
            <p className="actions">
              <a className="button" href={localePath(lang, `${path}/apply`)}>
                {t.applyNow}
              </a>
            </p>
          )}
        </article>
        <JobFactsPanel job={job} locale={lang} />
      </div>
    </PublicShell>
  );
}
