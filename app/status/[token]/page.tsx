import { getStatusByToken } from "@/lib/applications/status";
import { statusText } from "@/lib/i18n/status";
import { ProgressLine } from "@/components/status/progress-line";
import { COMPANY } from "@/lib/company";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

function day(date: Date, locale: string) {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" }).format(date);
}

/** The candidate's private page: where they stand in the process, in their language. */
export default async function StatusPage({ params }: Props) {
  const { token } = await params;
  const status = getStatusByToken(token);
  if (!status) {
    const t = statusText("en");
    return (
      <main id="main" className="page">
        <section className="card">
          <h1>{t.notFoundTitle}</h1>
          <p>{t.notFoundText}</p>
        </section>
      </main>
    );
  }
  const lang = status.locale;
  const t = statusText(lang);
  const outcome = status.status === "active" ? null : t.outcome[status.status];
  return (
    <main id="main" className="page">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          {COMPANY.name[0]}
        </span>
        {COMPANY.name}
      </p>
      <h1>{t.forRole(status.jobTitle[lang])}</h1>
      {status.erased ? (
        <p className="notice">{t.erased}</p>
      ) : (
        <>
          <p>{t.hello(status.firstName)}</p>
          <section className="card" aria-labelledby="current">
            <h2 id="current">{t.current}</h2>
            <p>
              <strong>{outcome ?? status.stageName[lang]}</strong>
            </p>
            <ProgressLine steps={status.steps} currentKey={status.stageKey} locale={lang} label={t.progress} />
            <p>
              {t.applied(day(status.appliedAt, lang))} · {t.lastUpdate(day(status.updatedAt, lang))}
            </p>
          </section>
        </>
      )}
    </main>
  );
}
