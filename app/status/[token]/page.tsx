import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getStatusByToken, type CandidateStatus } from "@/lib/applications/status";
import { noteTokenMiss } from "@/lib/candidates/status-http";
import { isAppError } from "@/lib/errors";
import { statusText } from "@/lib/i18n/status";
import { ProgressLine } from "@/components/status/progress-line";
import { StatusActions } from "@/components/status/status-actions";
import { StatusMissing } from "@/components/status/status-missing";
import { StatusScheduling } from "@/components/status/status-scheduling";
import { COMPANY } from "@/lib/company";
import { personOfStatus } from "@/lib/people/status-extras";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ confirm?: string; done?: string }> };

export const dynamic = "force-dynamic";

function day(date: Date, locale: string) {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Stockholm",
  }).format(date);
}

async function lookup(token: string): Promise<CandidateStatus | "unknown" | "limited"> {
  const status = await getStatusByToken(token);
  if (status) return status;
  try {
    await noteTokenMiss(await headers());
    return "unknown";
  } catch (e) {
    if (isAppError(e) && e.code === "rate_limited") return "limited";
    throw e;
  }
}

/** The candidate's private page: where they stand, what comes next, and their data in their hands. */
export default async function StatusPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { confirm, done } = await searchParams;
  const status = await lookup(token);
  if (status === "unknown") notFound();
  if (status === "limited") return <StatusMissing limited />;
  const lang = status.locale;
  const t = statusText(lang);
  const doneText =
    done === "withdrawn"
      ? t.doneWithdrawn
      : done === "erased"
        ? t.doneErased
        : done === "consent_withdrawn"
          ? t.doneConsentWithdrawn
          : null;
  const person = await personOfStatus(token);
  return (
    <main id="main" className="page">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          {COMPANY.name[0]}
        </span>
        {COMPANY.name}
      </p>
      <h1>{t.forRole(status.jobTitle[lang])}</h1>
      {doneText && (
        <p className="notice" role="status">
          {doneText}
        </p>
      )}
      {status.erased ? (
        <p className="notice">{t.erased}</p>
      ) : (
        <>
          <p>{t.hello(status.firstName)}</p>
          <section className="card" aria-labelledby="current">
            <h2 id="current">{t.current}</h2>
            <p>
              <strong>{status.status === "active" ? status.stageName[lang] : t.outcome[status.status]}</strong>
            </p>
            <ProgressLine steps={status.steps} currentKey={status.stageKey} locale={lang} label={t.progress} />
            <p>
              {t.applied(day(status.appliedAt, lang))} · {t.lastUpdate(day(status.updatedAt, lang))}
            </p>
          </section>
          {status.status === "active" && (
            <section className="card" aria-labelledby="next">
              <h2 id="next">{t.next}</h2>
              {status.stageDescription[lang] && <p>{status.stageDescription[lang]}</p>}
              <p>{t.byKind[status.stageKind]}</p>
              <p>{t.usually(status.typicalDays)}</p>
            </section>
          )}
          {status.status === "active" && <StatusScheduling token={token} locale={lang} />}
          {status.status === "rejected" && status.feedback && (
            <section className="card" aria-labelledby="feedback">
              <h2 id="feedback">{t.feedbackTitle}</h2>
              <p style={{ whiteSpace: "pre-line" }}>{status.feedback}</p>
            </section>
          )}
          {status.status === "hired" && <p className="notice">{t.closedHired}</p>}
          {status.status === "withdrawn" && <p className="notice">{t.closedWithdrawn}</p>}
          <StatusActions
            token={token}
            locale={lang}
            active={status.status === "active"}
            confirm={confirm}
            onRecord={person.onRecord}
            futureRolesUntil={person.futureRolesUntil ? day(person.futureRolesUntil, lang) : null}
          />
        </>
      )}
    </main>
  );
}
