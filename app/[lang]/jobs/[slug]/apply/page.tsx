import type { Metadata } from "next";
import { ApplyForm } from "@/components/apply/apply-form";
import { PrivacyNotice } from "@/components/apply/privacy-notice";
import { PublicShell } from "@/components/site/public-shell";
import { COMPANY } from "@/lib/company";
import { env } from "@/lib/env";
import { countryOptions, EU_COUNTRIES } from "@/lib/geo/countries";
import { applyFormText, applyText } from "@/lib/i18n/apply";
import { localePath } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/i18n/metadata";
import { publicJobFromParams } from "@/lib/jobs/page-params";
import { privacyNotice } from "@/lib/privacy/notice";
import { APPLICATION_FIELDS } from "@/lib/validations/application";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Regenerated on every change to the job, and hourly so a passed closing date shows as closed.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, job } = await publicJobFromParams(params);
  const t = applyText(lang);
  return {
    title: t.heading(job.content[lang].title),
    description: t.description(job.content[lang].title, COMPANY.name),
    alternates: languageAlternates(lang, `/jobs/${job.slug}/apply`),
    robots: { index: false },
  };
}

export default async function ApplyPage({ params }: Props) {
  const { lang, job } = await publicJobFromParams(params);
  const t = applyText(lang);
  const title = job.content[lang].title;
  const eu = new Set<string>(EU_COUNTRIES);
  const countries = countryOptions(lang);
  const notice = privacyNotice(lang, env().RETENTION_DAYS, COMPANY.name);
  return (
    <PublicShell locale={lang} path={`/jobs/${job.slug}/apply`}>
      <p>
        <a href={localePath(lang, `/jobs/${job.slug}`)}>← {title}</a>
      </p>
      <h1>{t.heading(title)}</h1>
      {job.status !== "open" ? (
        <p className="notice closed">{t.closed}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <ApplyForm
            slug={job.slug}
            locale={lang}
            text={applyFormText(lang, APPLICATION_FIELDS.length + job.questions.length)}
            euCountries={countries.filter((c) => eu.has(c.code))}
            otherCountries={countries.filter((c) => !eu.has(c.code))}
            consentText={notice.consent}
            futureRolesText={notice.futureRoles}
            privacy={<PrivacyNotice notice={notice} />}
            questions={job.questions.map((q) => ({
              ...q,
              label: q.label[lang],
              options: q.options.map((o) => ({ key: o.key, label: o.label[lang] })),
            }))}
          />
        </>
      )}
    </PublicShell>
  );
}
