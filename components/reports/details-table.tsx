import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * A table behind "Show table": the same numbers as the chart above it, to read aloud or copy.
 * A wide one scrolls inside its card; the region can take focus so a keyboard can scroll it too.
 */
export function DetailsTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  const t = useTranslations("reports");
  return (
    <details className="report-details">
      <summary>{t("showTable")}</summary>
      <TableScroll label={caption}>
        <table className="data report-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                {r.cells.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={i}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
