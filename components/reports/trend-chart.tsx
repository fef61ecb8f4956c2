import { useTranslations } from "next-intl";
import type { Week } from "@/lib/reports/compute";

const W = 960;
const H = 300;
const PAD = { left: 44, right: 16, top: 16, bottom: 46 };

/** Applications received per week as columns, hires per week as a line with dots on the same scale. */
export function TrendChart({ id, title, desc, weeks }: { id: string; title: string; desc: string; weeks: Week[] }) {
  const t = useTranslations("reports.trend");
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.received, w.hired)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, weeks.length);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const cx = (i: number) => PAD.left + step * i + step / 2;
  const ticks = [0, Math.round(max / 2), max];
  const labelEvery = Math.ceil(weeks.length / 8);
  const line = weeks.map((w, i) => `${i === 0 ? "M" : "L"}${cx(i).toFixed(1)},${y(w.hired).toFixed(1)}`).join(" ");
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={PAD.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" className="chart-axis">
            {t}
          </text>
        </g>
      ))}
      {weeks.map((w, i) => (
        <g key={w.monday}>
          <rect
            x={cx(i) - step * 0.35}
            y={y(w.received)}
            width={step * 0.7}
            height={PAD.top + plotH - y(w.received)}
            rx={2}
            className="chart-received"
          />
          {i % labelEvery === 0 && (
            <text x={cx(i)} y={H - PAD.bottom + 16} textAnchor="middle" className="chart-axis">
              {w.week.slice(5)}
            </text>
          )}
        </g>
      ))}
      <path d={line} className="chart-hired-line" />
      {weeks.map((w, i) => (
        <circle key={w.monday} cx={cx(i)} cy={y(w.hired)} r={3.5} className="chart-hired-dot" />
      ))}
      <g className="chart-legend" transform={`translate(${PAD.left}, ${H - 16})`}>
        <rect width={14} height={12} rx={2} className="chart-received" />
        <text x={20} y={10}>
          {t("legendReceived")}
        </text>
        <circle cx={190} cy={6} r={4} className="chart-hired-dot" />
        <text x={200} y={10}>
          {t("legendHires")}
        </text>
      </g>
    </svg>
  );
}
