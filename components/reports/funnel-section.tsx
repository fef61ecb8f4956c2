import type { Report } from "@/lib/reports/report";
import { BarChart } from "./bar-chart";
import { formatShare } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

/** The funnel: a bar per stage, and the table (caption "Funnel", a row per stage with data-stage). */
export function FunnelSection({ report }: { report: Report }) {
  const steps = report.funnel;
  return (
    <section className="card report" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Funnel</h2>
      <p className="report-note">
        How many of the {report.received} applications received reached each stage. An application counts for every
        stage up to the furthest it ever entered, also when it was moved back later.
      </p>
      <div className="report-pair">
        <BarChart
          id="funnel-chart"
          title="Funnel: applications that reached each stage"
          desc={steps.map((s) => `${s.name}: ${s.reached}`).join("; ")}
          bars={steps.map((s) => ({
            key: s.key,
            label: s.name,
            value: s.reached,
            text: `${s.reached} (${formatShare(s.share)})`,
          }))}
        />
        <TableScroll label="Funnel">
          <table className="data report-table" data-report="funnel">
            <caption>Funnel</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Reached</th>
                <th scope="col">Of received</th>
                <th scope="col">On to the next</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.key} data-stage={s.key}>
                  <th scope="row">{s.name}</th>
                  <td data-cell="reached">{s.reached}</td>
                  <td>{formatShare(s.share)}</td>
                  <td>{formatShare(s.toNext)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}
