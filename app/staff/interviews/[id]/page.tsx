import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { When } from "@/components/application/when";
import { FeedbackBadge } from "@/components/feedback/feedback-badge";
import { InterviewLinks } from "@/components/feedback/interview-links";
import { OwnScorecard } from "@/components/feedback/own-scorecard";
import { ScorecardView } from "@/components/feedback/scorecard-view";
import { actorOrLogin } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { interviewPage, type InterviewPage } from "@/lib/feedback/interview-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import "@/components/application/application.css";
import "@/components/feedback/feedback.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scorecard"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function InterviewScorecardPage({ params }: Props) {
  const { id } = await params;
  const actor = await actorOrLogin(`/staff/interviews/${id}`);
  let page: InterviewPage;
  try {
    page = await interviewPage(actor, /^\d{1,12}$/.test(id) ? Number(id) : 0);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    // Staff who may see the application but do not interview: the application page is theirs.
    if (isAppError(e) && e.code === "forbidden") redirect("/staff/interviews");
    throw e;
  }
  const { interview, application: app } = page;
  const t = await getTranslations("scorecard");
  const words = await getTranslations("interviews");
  const kinds = await getTranslations("feedback.kinds");
  return (
    <ClientMessages of="/staff/interviews/[id]">
      <article className="application interview-page">
        <header className="application-header">
          <p className="back">
            <Link href="/staff/interviews">{words("back")}</Link>
          </p>
          <h1>{words("heading", { candidate: app.candidate.name, kind: kinds(interview.kind) })}</h1>
          <p className="application-meta">
            <span>{app.job.title}</span>
            <span>{interview.startsAt ? <When iso={interview.startsAt} /> : t("timeNotSet")}</span>
            {interview.colleagues.length > 0 && <span>{t("with", { names: interview.colleagues.join(", ") })}</span>}
            <FeedbackBadge state={interview.feedback} />
          </p>
          <p className="actions">
            <Link className="button small secondary" href={`/staff/applications/${app.id}`}>
              {t("applicationAndCv")}
            </Link>
            <a className="button small secondary" href={`/jobs/${app.job.slug}`} target="_blank" rel="noopener">
              {t("posting")}
            </a>
            <InterviewLinks interview={interview} />
          </p>
          {interview.cancelled && <p className="notice closed">{t("cancelled")}</p>}
        </header>
        <div className="application-grid">
          <div className="application-main">
            <section className="card">
              <OwnScorecard
                interviewId={interview.id}
                attributes={page.attributes}
                own={page.own}
                cancelled={interview.cancelled}
              />
            </section>
          </div>
          <div className="application-side">
            <section className="card" aria-labelledby="candidate-heading">
              <h2 id="candidate-heading">{t("wrote", { name: app.candidate.name.split(" ")[0] ?? "" })}</h2>
              {app.answers.note ? <p className="typed">{app.answers.note}</p> : <p className="empty">{t("noNote")}</p>}
              {app.answers.showSkills && (
                <>
                  <p className="label">{t("showSkills")}</p>
                  <p className="typed">{app.answers.showSkills}</p>
                </>
              )}
              {app.candidate.links.length > 0 && (
                <ul className="links">
                  {app.candidate.links.map((l) => (
                    <li key={l.kind}>
                      <a href={l.url} rel="noopener noreferrer nofollow" target="_blank">
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {app.cv && (
                <p>
                  <a href={`/api/staff/applications/${app.id}/cv`} download>
                    {words("downloadCv", { name: app.cv.name })}
                  </a>
                </p>
              )}
            </section>
            <section className="card" aria-labelledby="others-heading">
              <h2 id="others-heading">{t("others")}</h2>
              {page.others.blind ? (
                <p className="notice">{t("hidden")}</p>
              ) : page.others.scorecards.length === 0 ? (
                <p className="empty">{t("noneYet")}</p>
              ) : (
                page.others.scorecards.map((card) => (
                  <ScorecardView key={card.id} card={card} attributes={page.attributes} />
                ))
              )}
            </section>
          </div>
        </div>
      </article>
    </ClientMessages>
  );
}
