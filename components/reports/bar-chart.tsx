export type Bar = { label: string; value: number; text: string; key?: string };

const LABEL = 250;
const ROW = 34;

/**
 * Horizontal bars drawn on the server as SVG. The picture is one image to assistive technology
 * (its title and description say what it shows); the numbers are in the table beside it.
 */
export function BarChart({
  id,
  title,
  desc,
  bars,
  color = "#0b5cad",
  width: W = 600,
}: {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  color?: string;
  width?: number;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const area = W - LABEL - 120;
  const height = bars.length * ROW + 8;
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
      {bars.map((b, i) => {
        const y = 4 + i * ROW;
        const width = b.value > 0 ? Math.max(2, (b.value / max) * area) : 0;
        return (
          <g key={b.key ?? b.label}>
            <text x={LABEL - 10} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
              {b.label}
            </text>
            <rect x={LABEL} y={y + 5} width={area} height={ROW - 10} rx={4} className="chart-track" />
            <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} rx={4} fill={color} />
            <text x={LABEL + width + 8} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
