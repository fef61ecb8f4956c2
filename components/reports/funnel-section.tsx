import type { Report } from "@/lib/reports/report";
import { BarChart } from "./bar-chart";
import { useReportFormat } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

/** The funnel: a bar per stage, and the table (caption "Funnel", a row per stage with data-stage). */
export function FunnelSection({ report }: { report: Report }) {
  const f = useReportFormat();
  const t = f.t;
  const steps = report.funnel.map((s) => ({ ...s, name: f.stage(s.key, s.name) }));
  return (
    <section className="card report" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t("funnel.heading")}</h2>
      <p className="report-note">{t("funnel.note", { count: report.received })}</p>
      <div className="report-pair">
        <BarChart
          id="funnel-chart"
          title={t("funnel.chart")}
          desc={steps.map((s) => `${s.name}: ${f.number(s.reached)}`).join("; ")}
          bars={steps.map((s) => ({
            key: s.key,
            label: s.name,
            value: s.reached,
            text: t("funnel.bar", { count: s.reached, share: f.share(s.share) }),
          }))}
        />
        <TableScroll label={t("funnel.heading")}>
          <table className="data report-table" data-report="funnel">
            <caption>{t("funnel.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.stage")}</th>
                <th scope="col">{t("funnel.reached")}</th>
                <th scope="col">{t("funnel.ofReceived")}</th>
                <th scope="col">{t("funnel.onToNext")}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.key} data-stage={s.key}>
                  <th scope="row">{s.name}</th>
                  <td data-cell="reached">{f.number(s.reached)}</td>
                  <td>{f.share(s.share)}</td>
                  <td>{f.share(s.toNext)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}
