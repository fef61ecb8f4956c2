import type { Report } from "@/lib/reports/report";
import { DetailsTable } from "./details-table";
import { formatHours } from "./format";
import { RangeChart } from "./range-chart";

export function StageTimeSection({ report }: { report: Report }) {
  const rows = report.stageTimes;
  const hire = report.timeToHire;
  return (
    <section className="card report" aria-labelledby="time-heading">
      <h2 id="time-heading">Time in each stage</h2>
      <p className="report-note">
        Completed stays only: from entering a stage to the next move or decision. Time to hire: from applying to being
        hired.
      </p>
      <dl className="report-figures">
        <div>
          <dt>Time to hire, median</dt>
          <dd>{formatHours(hire.median)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd>{formatHours(hire.p90)}</dd>
        </div>
        <div>
          <dt>Hires</dt>
          <dd>{hire.count}</dd>
        </div>
      </dl>
      <RangeChart
        id="stage-time-chart"
        title="Time in each stage: median and 90th percentile"
        desc={rows
          .map((r) => `${r.name}: median ${formatHours(r.median)}, 90th percentile ${formatHours(r.p90)}`)
          .join("; ")}
        rows={rows.map((r) => ({ label: r.name, median: r.median, p90: r.p90, count: r.count }))}
      />
      <DetailsTable
        caption="Time in each stage"
        head={["Stage", "Completed stays", "Median", "90th percentile"]}
        rows={[
          ...rows.map((r) => ({ key: r.key, cells: [r.name, r.count, formatHours(r.median), formatHours(r.p90)] })),
          { key: "time-to-hire", cells: ["Time to hire", hire.count, formatHours(hire.median), formatHours(hire.p90)] },
        ]}
      />
    </section>
  );
}

export function FeedbackSection({ report }: { report: Report }) {
  const { overall, interviewers } = report.feedback;
  const all = [...interviewers, overall];
  return (
    <section className="card report" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Interviewer feedback turnaround</h2>
      <p className="report-note">
        From the end of an interview to the interviewer&apos;s submitted scorecard. Overdue: submitted more than 24
        hours after the interview, or still missing after 24 hours.
      </p>
      {overall.submitted + overall.waiting === 0 ? (
        <p>No interviews have ended for these applications yet.</p>
      ) : (
        <>
          <RangeChart
            id="feedback-chart"
            title="Scorecard turnaround per interviewer: median and 90th percentile"
            desc={all.map((r) => `${r.name}: median ${formatHours(r.median)}, ${r.overdue} overdue`).join("; ")}
            rows={all.map((r) => ({ label: r.name, median: r.median, p90: r.p90, count: r.submitted }))}
          />
          <DetailsTable
            caption="Interviewer feedback turnaround"
            head={["Interviewer", "Submitted", "Median", "90th percentile", "Overdue", "Not submitted"]}
            rows={all.map((r) => ({
              key: r.name,
              cells: [r.name, r.submitted, formatHours(r.median), formatHours(r.p90), r.overdue, r.waiting],
            }))}
          />
        </>
      )}
    </section>
  );
}
