import type { Metadata } from "next";
import Link from "next/link";
import { actorOrLogin } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { ATTENTION_DAYS, jobsOverview, type JobOverview } from "@/lib/applications/staff-queries";
import { TableScroll } from "@/components/ui/table-scroll";
import { When } from "@/components/application/when";
import { myInterviews } from "@/lib/feedback/interview-queries";

export const metadata: Metadata = { title: "Jobs" };

function OverdueFeedback({ job }: { job: JobOverview }) {
  const { count, examples } = job.feedbackOverdue;
  if (count === 0) return null;
  return (
    <div className="notice closed">
      <p style={{ margin: 0 }}>
        <strong>
          Feedback overdue on {count} application{count === 1 ? "" : "s"}
        </strong>{" "}
        (a scorecard missing more than 24 hours after the interview):
      </p>
      <ul style={{ margin: "0.4rem 0 0" }}>
        {examples.map((w) => (
          <li key={w.id}>
            <Link href={`/staff/applications/${w.id}`}>{w.name}</Link> in {w.stageName}
          </li>
        ))}
      </ul>
      <p style={{ margin: "0.4rem 0 0" }}>
        <Link href={`/staff/jobs/${job.slug}?feedback=missing`}>Show every application with feedback missing</Link>
      </p>
    </div>
  );
}

function Attention({ job }: { job: JobOverview }) {
  if (job.waiting.count === 0) return <p>Nothing is waiting longer than {ATTENTION_DAYS} days. Well done.</p>;
  return (
    <div className="notice closed">
      <p style={{ margin: 0 }}>
        <strong>
          {job.waiting.count} application{job.waiting.count === 1 ? "" : "s"} waiting longer than {ATTENTION_DAYS} days
          in a stage
        </strong>
        , the longest:
      </p>
      <ul style={{ margin: "0.4rem 0 0" }}>
        {job.waiting.oldest.map((w) => (
          <li key={w.id}>
            <Link href={`/staff/applications/${w.id}`}>{w.name}</Link>: {w.days} days in {w.stageName}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The signed-in user's own interviews that want something: scorecards to write, and what is next. */
function InterviewWork({ mine }: { mine: Awaited<ReturnType<typeof myInterviews>> }) {
  const todo = mine.past.filter((i) => i.feedback === "overdue" || i.feedback === "due");
  const next = mine.upcoming.slice(0, 3);
  if (todo.length === 0 && next.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-work" style={{ marginBottom: "1.5rem" }}>
      <h2 id="my-work">Your interviews</h2>
      {todo.length > 0 && (
        <>
          <p style={{ margin: 0 }}>
            <strong>
              {todo.length} scorecard{todo.length === 1 ? "" : "s"} to write
            </strong>
            :
          </p>
          <ul>
            {todo.map((i) => (
              <li key={i.id}>
                <Link href={`/staff/interviews/${i.id}`}>{i.candidate}</Link> ({i.kindLabel}
                {i.feedback === "overdue" ? ", overdue" : ""})
              </li>
            ))}
          </ul>
        </>
      )}
      {next.length > 0 && (
        <>
          <p style={{ margin: 0 }}>Coming up:</p>
          <ul>
            {next.map((i) => (
              <li key={i.id}>
                <Link href={`/staff/interviews/${i.id}`}>{i.candidate}</Link> ({i.kindLabel}
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
        <Link href="/staff/interviews">All your interviews</Link>
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
  return (
    <>
      <h1>Jobs</h1>
      {manages && (
        <p className="job-admin-links">
          <Link className="button" href="/staff/jobs/new">
            New job
          </Link>
        </p>
      )}
      <InterviewWork mine={mine} />
      {!seesAll && (
        <p className="notice">
          You see the applications you are assigned to interview, with your scorecards, under{" "}
          <Link href="/staff/interviews">My interviews</Link>.
        </p>
      )}
      {jobs.map((job) => (
        <section key={job.slug} className="card" aria-labelledby={`job-${job.slug}`} style={{ marginBottom: "1.5rem" }}>
          <h2 id={`job-${job.slug}`}>
            {seesAll ? <Link href={`/staff/jobs/${job.slug}`}>{job.title}</Link> : job.title}{" "}
            <span className="tag">({job.status})</span>
          </h2>
          {seesAll && (
            <>
              <ul className="stage-counts" aria-label="Active applications per stage">
                {job.stages.map((s) => (
                  <li key={s.key}>
                    <strong>{s.active}</strong>
                    {s.name}
                  </li>
                ))}
              </ul>
              <p>
                Hired {job.outcomes.hired} · Rejected {job.outcomes.rejected} · Withdrawn {job.outcomes.withdrawn} ·{" "}
                <Link href={`/staff/jobs/${job.slug}`}>Open the board</Link>
                {manages && (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/staff/jobs/${job.slug}/edit`}>
                      Edit the job<span className="visually-hidden">: {job.title}</span>
                    </Link>
                  </>
                )}
              </p>
              <h3>Needs attention</h3>
              <OverdueFeedback job={job} />
              <Attention job={job} />
              {job.recent.length > 0 && (
                <>
                  <h3>Newest applications</h3>
                  <TableScroll label="Newest applications">
                    <table className="data">
                      <thead>
                        <tr>
                          <th scope="col">Candidate</th>
                          <th scope="col">Stage</th>
                          <th scope="col">Applied</th>
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
