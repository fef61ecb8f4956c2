import type { Report } from "@/lib/reports/report";
import { BarChart } from "./bar-chart";
import { DetailsTable } from "./details-table";
import { useReportFormat } from "./format";
import { TrendChart } from "./trend-chart";

export function DropOffSection({ report }: { report: Report }) {
  const f = useReportFormat();
  const t = f.t;
  const d = report.dropOff;
  const reasons = d.reasons.map((r) => ({ ...r, label: f.reason(r.key, r.label) }));
  const bars = [
    ...reasons.map((r) => ({ key: r.key, label: r.label, value: r.count })),
    { key: "withdrawn", label: t("dropOff.withdrawnByCandidate"), value: d.withdrawn },
  ];
  return (
    <section className="card report" aria-labelledby="drop-heading">
      <h2 id="drop-heading">{t("dropOff.heading")}</h2>
      <p className="report-note">{t("dropOff.note", { count: d.total })}</p>
      <BarChart
        id="drop-chart"
        title={t("dropOff.chart")}
        desc={bars.map((b) => `${b.label}: ${f.number(b.value)}`).join("; ")}
        bars={bars.map((b) => ({ ...b, text: f.number(b.value) }))}
        color="#b3261e"
      />
      <DetailsTable
        caption={t("dropOff.caption")}
        head={[t("columns.stage"), ...reasons.map((r) => r.label), t("dropOff.withdrawn"), t("dropOff.total")]}
        rows={d.stages.map((s) => ({
          key: s.key,
          cells: [
            s.name,
            ...d.reasons.map((r) => f.number(s.rejected[r.key] ?? 0)),
            f.number(s.withdrawn),
            f.number(s.total),
          ],
        }))}
      />
    </section>
  );
}

export function SourceSection({ report }: { report: Report }) {
  const f = useReportFormat();
  const t = f.t;
  const lines = report.sources.map((l) => ({ ...l, label: f.source(l.source, l.label) }));
  return (
    <section className="card report" aria-labelledby="source-heading">
      <h2 id="source-heading">{t("sources.heading")}</h2>
      <p className="report-note">{t("sources.note")}</p>
      <BarChart
        id="source-chart"
        title={t("sources.chart")}
        desc={lines
          .map((l) =>
            t("sources.describe", {
              source: l.label,
              count: l.applications,
              pastScreening: f.share(l.pastScreeningRate),
              hired: f.share(l.hiredRate),
            }),
          )
          .join("; ")}
        bars={lines.map((l) => ({
          key: l.source,
          label: l.label,
          value: l.applications,
          text: t("funnel.bar", { count: l.applications, share: f.share(l.pastScreeningRate) }),
        }))}
        color="#5b3a8c"
      />
      <DetailsTable
        caption={t("sources.caption")}
        head={[
          t("sources.source"),
          t("sources.applications"),
          t("sources.pastScreening"),
          t("sources.sharePastScreening"),
          t("sources.hired"),
          t("sources.shareHired"),
        ]}
        rows={lines.map((l) => ({
          key: l.source,
          cells: [
            l.label,
            f.number(l.applications),
            f.number(l.pastScreening),
            f.share(l.pastScreeningRate),
            f.number(l.hired),
            f.share(l.hiredRate),
          ],
        }))}
      />
    </section>
  );
}

export function TrendSection({ report }: { report: Report }) {
  const f = useReportFormat();
  const t = f.t;
  const weeks = report.weeks;
  return (
    <section className="card report" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t("trend.heading")}</h2>
      <p className="report-note">{t("trend.note")}</p>
      <TrendChart
        id="trend-chart"
        title={t("trend.chart")}
        desc={t("trend.describe", {
          count: weeks.length,
          first: weeks[0]?.week ?? "",
          last: weeks[weeks.length - 1]?.week ?? "",
          received: weeks.reduce((s, w) => s + w.received, 0),
          hired: weeks.reduce((s, w) => s + w.hired, 0),
        })}
        weeks={weeks}
      />
      <DetailsTable
        caption={t("trend.caption")}
        head={[t("trend.week"), t("trend.starts"), t("trend.received"), t("trend.hired")]}
        rows={weeks.map((w) => ({
          key: w.monday,
          cells: [w.week, f.day(w.monday), f.number(w.received), f.number(w.hired)],
        }))}
      />
    </section>
  );
}
