import { useReportFormat } from "./format";

export type Range = { label: string; median: number | null; p90: number | null; count: number };

const LABEL = 250;
const ROW = 38;

/**
 * Median and 90th percentile per row: a solid bar to the median and a lighter one on to the
 * 90th percentile, so a long tail shows at a glance. Rows without data say so in words.
 */
export function RangeChart({
  id,
  title,
  desc,
  rows,
  width: W = 600,
}: {
  id: string;
  title: string;
  desc: string;
  rows: Range[];
  width?: number;
}) {
  const f = useReportFormat();
  const t = f.t;
  const max = Math.max(1, ...rows.map((r) => r.p90 ?? 0));
  const area = W - LABEL - 140;
  const height = rows.length * ROW + 34;
  const x = (h: number) => LABEL + (h / max) * area;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {rows.map((r, i) => {
        const y = 4 + i * ROW;
        return (
          <g key={r.label}>
            <text x={LABEL - 10} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
              {r.label}
            </text>
            <rect x={LABEL} y={y + 6} width={area} height={ROW - 12} rx={4} className="chart-track" />
            {r.p90 !== null && (
              <rect
                x={LABEL}
                y={y + 6}
                width={Math.max(2, x(r.p90) - LABEL)}
                height={ROW - 12}
                rx={4}
                className="chart-p90"
              />
            )}
            {r.median !== null && (
              <rect
                x={LABEL}
                y={y + 6}
                width={Math.max(2, x(r.median) - LABEL)}
                height={ROW - 12}
                rx={4}
                className="chart-median"
              />
            )}
            <text
              x={r.p90 === null ? LABEL + 8 : x(r.p90) + 8}
              y={y + ROW / 2}
              dominantBaseline="middle"
              className="chart-value"
            >
              {r.median === null ? t("range.noStays") : `${f.hours(r.median)} · ${f.hours(r.p90)}`}
            </text>
          </g>
        );
      })}
      <g className="chart-legend" transform={`translate(${LABEL}, ${height - 18})`}>
        <rect width={14} height={12} rx={2} className="chart-median" />
        <text x={20} y={10}>
          {t("range.median")}
        </text>
        <rect x={90} width={14} height={12} rx={2} className="chart-p90" />
        <text x={110} y={10}>
          {t("range.p90")}
        </text>
      </g>
    </svg>
  );
}
