import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/site/public-shell";
import { CONFIRMATION_COOKIE, readConfirmation, statusPath } from "@/lib/applications/confirmation";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { siteText } from "@/lib/i18n/site";
import { publicOrigin } from "@/lib/http/origin";
import { getPublicJob } from "@/lib/jobs/queries";

type Props = { params: Promise<{ lang: string; slug: string }> };

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" };

/** Shown right after applying; the status token arrives in a short-lived HttpOnly cookie, never in the URL. */
export default async function AppliedPage({ params }: Props) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const t = siteText(lang);
  const confirmation = readConfirmation((await cookies()).get(CONFIRMATION_COOKIE)?.value);
  const token = confirmation?.token;
  const job = await getPublicJob(slug);
  const firstStep = job?.stages[0];
  const statusUrl = token ? `${publicOrigin()}${statusPath(token)}` : "";
  return (
    <PublicShell locale={lang} path={`/jobs/${slug}/applied`}>
      {confirmation && token && job ? (
        <section className="card success" aria-labelledby="thanks">
          <h1 id="thanks">{t.thanks(confirmation.firstName)}</h1>
          <p>{t.received(job.content[lang].title)}</p>
          <p>{t.statusLinkIntro}</p>
          <a className="status-link" href={statusPath(token)}>
            {statusUrl}
          </a>
          <p>{t.statusLinkWarning}</p>
          {firstStep && <p>{t.nextStep(firstStep.typicalDays)}</p>}
          <p className="actions">
            <a className="button" href={statusPath(token)}>
              {t.openStatus}
            </a>
            <a className="button secondary" href={localePath(lang, "/")}>
              {t.allRoles}
            </a>
          </p>
        </section>
      ) : (
        <section className="card">
          <h1>{t.noConfirmation}</h1>
          <p>
            <a href={localePath(lang, "/")}>{t.allRoles}</a>
          </p>
        </section>
      )}
    </PublicShell>
  );
}
