import type { Report } from "@/lib/reports/report";
import { DetailsTable } from "./details-table";
import { useReportFormat } from "./format";
import { RangeChart } from "./range-chart";

export function StageTimeSection({ report }: { report: Report }) {
  const f = useReportFormat();
  const t = f.t;
  const rows = report.stageTimes;
  const hire = report.timeToHire;
  return (
    <section className="card report" aria-labelledby="time-heading">
      <h2 id="time-heading">{t("time.heading")}</h2>
      <p className="report-note">{t("time.note")}</p>
      <dl className="report-figures">
        <div>
          <dt>{t("time.timeToHireMedian")}</dt>
          <dd>{f.hours(hire.median)}</dd>
        </div>
        <div>
          <dt>{t("columns.p90")}</dt>
          <dd>{f.hours(hire.p90)}</dd>
        </div>
        <div>
          <dt>{t("time.hires")}</dt>
          <dd>{f.number(hire.count)}</dd>
        </div>
      </dl>
      <RangeChart
        id="stage-time-chart"
        title={t("time.chart")}
        desc={rows
          .map((r) => t("time.describe", { stage: r.name, median: f.hours(r.median), p90: f.hours(r.p90) }))
          .join("; ")}
        rows={rows.map((r) => ({ label: r.name, median: r.median, p90: r.p90, count: r.count }))}
      />
      <DetailsTable
        caption={t("time.caption")}
        head={[t("columns.stage"), t("time.completedStays"), t("columns.median"), t("columns.p90")]}
        rows={[
          ...rows.map((r) => ({
            key: r.key,
            cells: [r.name, f.number(r.count), f.hours(r.median), f.hours(r.p90)],
          })),
          {
            key: "time-to-hire",
            cells: [t("time.timeToHire"), f.number(hire.count), f.hours(hire.median), f.hours(hire.p90)],
          },
        ]}
      />
    </section>
  );
}

export function FeedbackSection({ report }: { report: Report }) {
  const f = useReportFormat();
  const t = f.t;
  const { overall, interviewers } = report.feedback;
  const all = [...interviewers, { ...overall, name: t("feedback.everyone") }];
  return (
    <section className="card report" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t("feedback.heading")}</h2>
      <p className="report-note">{t("feedback.note")}</p>
      {overall.submitted + overall.waiting === 0 ? (
        <p>{t("feedback.none")}</p>
      ) : (
        <>
          <RangeChart
            id="feedback-chart"
            title={t("feedback.chart")}
            desc={all
              .map((r) => t("feedback.describe", { name: r.name, median: f.hours(r.median), overdue: r.overdue }))
              .join("; ")}
            rows={all.map((r) => ({ label: r.name, median: r.median, p90: r.p90, count: r.submitted }))}
          />
          <DetailsTable
            caption={t("feedback.caption")}
            head={[
              t("feedback.interviewer"),
              t("feedback.submitted"),
              t("columns.median"),
              t("columns.p90"),
              t("feedback.overdue"),
              t("feedback.notSubmitted"),
            ]}
            rows={all.map((r) => ({
              key: r.name,
              cells: [
                r.name,
                f.number(r.submitted),
                f.hours(r.median),
                f.hours(r.p90),
                f.number(r.overdue),
                f.number(r.waiting),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
