/** A histogram: how many observations had each value (durations arrive grouped from SQL). */
export type Bin = { value: number; count: number };

/**
 * The p-th percentile (0-100) with linear interpolation between the two nearest ranks, the
 * definition of numpy's default and of spreadsheets' PERCENTILE.INC: the median of 1, 2, 3, 4 is
 * 2.5 and the 90th percentile of 1..10 is 9.1. Null when there are no observations.
 */
export function percentile(bins: readonly Bin[], p: number): number | null {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, b) => sum + b.count, 0);
  if (n === 0) return null;
  const rank = ((n - 1) * Math.min(100, Math.max(0, p))) / 100;
  const lower = valueAt(sorted, Math.floor(rank));
  const upper = valueAt(sorted, Math.ceil(rank));
  return lower + (upper - lower) * (rank - Math.floor(rank));
}

/** The value of the i-th observation (0-based) in sorted bins. */
function valueAt(sorted: readonly Bin[], i: number): number {
  let seen = 0;
  for (const b of sorted) {
    seen += b.count;
    if (i < seen) return b.value;
  }
  return sorted[sorted.length - 1]!.value;
}

export function median(bins: readonly Bin[]): number | null {
  return percentile(bins, 50);
}

export type Spread = { count: number; median: number | null; p90: number | null };

export function spread(bins: readonly Bin[]): Spread {
  return { count: bins.reduce((sum, b) => sum + b.count, 0), median: median(bins), p90: percentile(bins, 90) };
}

/** Plain values as bins, for callers (and tests) that hold single observations. */
export function toBins(values: readonly number[]): Bin[] {
  return values.map((value) => ({ value, count: 1 }));
}

/** A share in [0, 1], or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
