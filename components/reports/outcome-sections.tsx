import type { Report } from "@/lib/reports/report";
import { BarChart } from "./bar-chart";
import { DetailsTable } from "./details-table";
import { formatShare } from "./format";
import { TrendChart } from "./trend-chart";

export function DropOffSection({ report }: { report: Report }) {
  const d = report.dropOff;
  const bars = [
    ...d.reasons.map((r) => ({ key: r.key, label: r.label, value: r.count })),
    { key: "withdrawn", label: "Withdrawn by the candidate", value: d.withdrawn },
  ];
  return (
    <section className="card report" aria-labelledby="drop-heading">
      <h2 id="drop-heading">Drop-off</h2>
      <p className="report-note">
        Why applications left the process ({d.total} in all): the rejection reasons the team gave, and withdrawals. The
        table shows the stage where it happened. Erasing an active application withdraws it.
      </p>
      <BarChart
        id="drop-chart"
        title="Drop-off by rejection reason, and withdrawals"
        desc={bars.map((b) => `${b.label}: ${b.value}`).join("; ")}
        bars={bars.map((b) => ({ ...b, text: String(b.value) }))}
        color="#b3261e"
      />
      <DetailsTable
        caption="Drop-off by stage: rejections by reason, and withdrawals"
        head={["Stage", ...d.reasons.map((r) => r.label), "Withdrawn", "Total"]}
        rows={d.stages.map((s) => ({
          key: s.key,
          cells: [s.name, ...d.reasons.map((r) => s.rejected[r.key] ?? 0), s.withdrawn, s.total],
        }))}
      />
    </section>
  );
}

export function SourceSection({ report }: { report: Report }) {
  const lines = report.sources;
  return (
    <section className="card report" aria-labelledby="source-heading">
      <h2 id="source-heading">Sources</h2>
      <p className="report-note">
        Where candidates heard of us. Past screening: reached any stage after the first. Hired: hired now.
      </p>
      <BarChart
        id="source-chart"
        title="Applications per source, with the share past screening"
        desc={lines
          .map(
            (l) =>
              `${l.label}: ${l.applications} applications, ${formatShare(l.pastScreeningRate)} past screening, ${formatShare(l.hiredRate)} hired`,
          )
          .join("; ")}
        bars={lines.map((l) => ({
          key: l.source,
          label: l.label,
          value: l.applications,
          text: `${l.applications} (${formatShare(l.pastScreeningRate)})`,
        }))}
        color="#5b3a8c"
      />
      <DetailsTable
        caption="Sources"
        head={["Source", "Applications", "Past screening", "Share past screening", "Hired", "Share hired"]}
        rows={lines.map((l) => ({
          key: l.source,
          cells: [
            l.label,
            l.applications,
            l.pastScreening,
            formatShare(l.pastScreeningRate),
            l.hired,
            formatShare(l.hiredRate),
          ],
        }))}
      />
    </section>
  );
}

export function TrendSection({ report }: { report: Report }) {
  const weeks = report.weeks;
  return (
    <section className="card report" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Week by week</h2>
      <p className="report-note">Applications received per ISO week (UTC), and hires made that week.</p>
      <TrendChart
        id="trend-chart"
        title="Applications received and hires per week"
        desc={`${weeks.length} weeks from ${weeks[0]?.week ?? ""} to ${weeks[weeks.length - 1]?.week ?? ""}; ${weeks.reduce((s, w) => s + w.received, 0)} received, ${weeks.reduce((s, w) => s + w.hired, 0)} hired.`}
        weeks={weeks}
      />
      <DetailsTable
        caption="Week by week"
        head={["Week", "Starts", "Received", "Hired"]}
        rows={weeks.map((w) => ({ key: w.monday, cells: [w.week, w.monday, w.received, w.hired] }))}
      />
    </section>
  );
}
