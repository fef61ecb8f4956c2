import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { actorOrLogin } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { ATTENTION_DAYS, jobsOverview, type JobOverview } from "@/lib/applications/staff-queries";
import { TableScroll } from "@/components/ui/table-scroll";
import { When } from "@/components/application/when";
import { myInterviews } from "@/lib/feedback/interview-queries";

type T = Awaited<ReturnType<typeof getTranslations<"overview">>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

/** The `<link>` of a catalog message, to one application. */
function applicationLink(id: number) {
  return function ApplicationLink(chunks: ReactNode) {
    return <Link href={`/staff/applications/${id}`}>{chunks}</Link>;
  };
}

function OverdueFeedback({ job, t }: { job: JobOverview; t: T }) {
  const { count, examples } = job.feedbackOverdue;
  if (count === 0) return null;
  return (
    <div className="notice closed">
      <p style={{ margin: 0 }}>
        <strong>{t("overdueHeading", { count })}</strong>
        {t("overdueText")}
      </p>
      <ul style={{ margin: "0.4rem 0 0" }}>
        {examples.map((w) => (
          <li key={w.id}>{t.rich("inStage", { name: w.name, stage: w.stageName, link: applicationLink(w.id) })}</li>
        ))}
      </ul>
      <p style={{ margin: "0.4rem 0 0" }}>
        <Link href={`/staff/jobs/${job.slug}?feedback=missing`}>{t("showMissing")}</Link>
      </p>
    </div>
  );
}

function Attention({ job, t }: { job: JobOverview; t: T }) {
  if (job.waiting.count === 0) return <p>{t("nothingWaiting", { days: ATTENTION_DAYS })}</p>;
  return (
    <div className="notice closed">
      <p style={{ margin: 0 }}>
        <strong>{t("waitingHeading", { count: job.waiting.count, days: ATTENTION_DAYS })}</strong>
        {t("waitingText")}
      </p>
      <ul style={{ margin: "0.4rem 0 0" }}>
        {job.waiting.oldest.map((w) => (
          <li key={w.id}>
            {t.rich("waitingItem", { name: w.name, days: w.days, stage: w.stageName, link: applicationLink(w.id) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The signed-in user's own interviews that want something: scorecards to write, and what is next. */
async function InterviewWork({ mine, t }: { mine: Awaited<ReturnType<typeof myInterviews>>; t: T }) {
  const kinds = await getTranslations("feedback.kinds");
  const todo = mine.past.filter((i) => i.feedback === "overdue" || i.feedback === "due");
  const next = mine.upcoming.slice(0, 3);
  if (todo.length === 0 && next.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-work" style={{ marginBottom: "1.5rem" }}>
      <h2 id="my-work">{t("yourInterviews")}</h2>
      {todo.length > 0 && (
        <>
          <p style={{ margin: 0 }}>
            <strong>{t("toWrite", { count: todo.length })}</strong>:
          </p>
          <ul>
            {todo.map((i) => (
              <li key={i.id}>
                <Link href={`/staff/interviews/${i.id}`}>{i.candidate}</Link> ({kinds(i.kind)}
                {i.feedback === "overdue" ? t("overdue") : ""})
              </li>
            ))}
          </ul>
        </>
      )}
      {next.length > 0 && (
        <>
          <p style={{ margin: 0 }}>{t("comingUp")}</p>
          <ul>
            {next.map((i) => (
              <li key={i.id}>
                <Link href={`/staff/interviews/${i.id}`}>{i.candidate}</Link> ({kinds(i.kind)}
                {i.startsAt ? (
                  <>
                    , <When iso={i.startsAt} />
                  </>
                ) : (
                  ""
                )}
                )
              </li>
            ))}
          </ul>
        </>
      )}
      <p style={{ margin: 0 }}>
        <Link href="/staff/interviews">{t("allInterviews")}</Link>
      </p>
    </section>
  );
}

export default async function StaffHome() {
  const actor = await actorOrLogin("/staff");
  const jobs = await jobsOverview(actor);
  const mine = await myInterviews(actor);
  const seesAll = can(actor, "applications.view_all");
  const manages = can(actor, "jobs.manage");
  const t = await getTranslations("overview");
  return (
    <>
      <h1>{t("title")}</h1>
      {manages && (
        <p className="job-admin-links">
          <Link className="button" href="/staff/jobs/new">
            {t("newJob")}
          </Link>
        </p>
      )}
      <InterviewWork mine={mine} t={t} />
      {!seesAll && (
        <p className="notice">
          {t.rich("assignedNote", { link: (chunks) => <Link href="/staff/interviews">{chunks}</Link> })}
        </p>
      )}
      {jobs.map((job) => (
        <section key={job.slug} className="card" aria-labelledby={`job-${job.slug}`} style={{ marginBottom: "1.5rem" }}>
          <h2 id={`job-${job.slug}`}>
            {seesAll ? <Link href={`/staff/jobs/${job.slug}`}>{job.title}</Link> : job.title}{" "}
            <span className="tag">({t(`jobStatus.${job.status}`)})</span>
          </h2>
          {seesAll && (
            <>
              <ul className="stage-counts" aria-label={t("perStage")}>
                {job.stages.map((s) => (
                  <li key={s.key}>
                    <strong>{s.active}</strong>
                    {s.name}
                  </li>
                ))}
              </ul>
              <p>
                {t("outcomes", job.outcomes)} <Link href={`/staff/jobs/${job.slug}`}>{t("openBoard")}</Link>
                {manages && (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/staff/jobs/${job.slug}/edit`}>
                      {t("editJob")}
                      <span className="visually-hidden">: {job.title}</span>
                    </Link>
                  </>
                )}
              </p>
              <h3>{t("needsAttention")}</h3>
              <OverdueFeedback job={job} t={t} />
              <Attention job={job} t={t} />
              {job.recent.length > 0 && (
                <>
                  <h3>{t("newest")}</h3>
                  <TableScroll label={t("newest")}>
                    <table className="data">
                      <thead>
                        <tr>
                          <th scope="col">{t("candidate")}</th>
                          <th scope="col">{t("stage")}</th>
                          <th scope="col">{t("applied")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {job.recent.map((r) => (
                          <tr key={r.id}>
                            <td>
                              <Link href={`/staff/applications/${r.id}`}>{r.name}</Link>
                            </td>
                            <td>{r.stageName}</td>
                            <td>{r.createdAt.slice(0, 10)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </>
              )}
            </>
          )}
        </section>
      ))}
    </>
  );
}
