import type { Metadata } from "next";
import { actorOrLogin } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { jobsOverview } from "@/lib/applications/staff-queries";

export const metadata: Metadata = { title: "Jobs" };

export default async function StaffHome() {
  const actor = await actorOrLogin("/staff");
  const jobs = jobsOverview(actor);
  const seesAll = can(actor, "applications.view_all");
  return (
    <>
      <h1>Jobs</h1>
      {!seesAll && <p className="notice">You will see the applications you are assigned to interview here.</p>}
      {jobs.map((job) => (
        <section key={job.slug} className="card" aria-labelledby={`job-${job.slug}`} style={{ marginBottom: "1.5rem" }}>
          <h2 id={`job-${job.slug}`} style={{ marginTop: 0 }}>
            {job.title} <span className="tag">({job.status})</span>
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
                Hired {job.outcomes.hired} · Rejected {job.outcomes.rejected} · Withdrawn {job.outcomes.withdrawn}
              </p>
              {job.recent.length > 0 && (
                <table className="data">
                  <caption className="visually-hidden">Newest active applications</caption>
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
                        <td>{r.name}</td>
                        <td>{r.stageName}</td>
                        <td>{r.createdAt.slice(0, 10)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </section>
      ))}
    </>
  );
}
