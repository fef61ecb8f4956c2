import { REJECTION_REASONS } from "@/lib/stages/transitions";
import { applyText } from "@/lib/i18n/apply";
import { rate, spread, type Spread } from "./stats";

/**
 * Pure report arithmetic over the compact rows lib/reports/queries.ts aggregates in SQL, so every
 * definition can be tested without a database. Durations are in hours throughout.
 */

export type StageRow = { jobId: number; key: string; position: number; name: string };
/** Applications grouped by job, source, whether hired (and how many hours that took), and the furthest stage position reached. */
export type ReachRow = {
  jobId: number;
  source: string | null;
  hired: number;
  furthest: number;
  hireHours: number | null;
  n: number;
};
export type HoursRow = { key: string; hours: number; n: number };
export type DropRow = { key: string; status: string; reason: string | null; n: number };
export type FeedbackRow = { name: string; hours: number | null; overdue: number; n: number };
export type WeekRow = { monday: string; n: number };

export type StageRef = { key: string; name: string };
export type FunnelStep = StageRef & { reached: number; share: number | null; toNext: number | null };

/** Value counted as the most frequent, ties to the first seen; names how most jobs call a stage. */
function mode<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}

/**
 * One stage list for the jobs in scope: stages grouped by key, ordered by their most common
 * position (jobs may differ once stages are editable), named as most jobs name them.
 */
export function typicalStages(rows: readonly StageRow[]): StageRef[] {
  const byKey = new Map<string, StageRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  return [...byKey.entries()]
    .map(([key, list]) => ({ key, name: mode(list.map((s) => s.name)), position: mode(list.map((s) => s.position)) }))
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .map(({ key, name }) => ({ key, name }));
}

function stagesByJob(rows: readonly StageRow[]): Map<number, StageRow[]> {
  const map = new Map<number, StageRow[]>();
  for (const r of rows) map.set(r.jobId, [...(map.get(r.jobId) ?? []), r]);
  return map;
}

/**
 * How many applications reached each stage: an application reached every stage of its job at or
 * before the furthest position it ever entered (so one moved back still counts for the further
 * stage), and "Hired" when it is hired now. toNext is the share of a step that reached the next.
 */
export function funnel(
  order: readonly StageRef[],
  stageRows: readonly StageRow[],
  reach: readonly ReachRow[],
): FunnelStep[] {
  const jobs = stagesByJob(stageRows);
  const reached = new Map<string, number>();
  let total = 0;
  let hired = 0;
  for (const r of reach) {
    total += r.n;
    if (r.hired) hired += r.n;
    for (const s of jobs.get(r.jobId) ?? [])
      if (s.position <= r.furthest) reached.set(s.key, (reached.get(s.key) ?? 0) + r.n);
  }
  const steps = [
    ...order.map((s) => ({ ...s, reached: reached.get(s.key) ?? 0 })),
    { key: "hired", name: "Hired", reached: hired },
  ];
  return steps.map((s, i) => ({
    ...s,
    share: rate(s.reached, total),
    toNext: i + 1 < steps.length ? rate(steps[i + 1]!.reached, s.reached) : null,
  }));
}

export type SourceLine = {
  source: string;
  label: string;
  applications: number;
  pastScreening: number;
  pastScreeningRate: number | null;
  hired: number;
  hiredRate: number | null;
};

const SOURCE_LABELS: Record<string, string> = applyText("en").sources;
export const NO_SOURCE = "not_given";

export function sourceLabel(source: string): string {
  return source === NO_SOURCE ? "Not given" : (SOURCE_LABELS[source] ?? source);
}

/** Per source: applications, the share that got past screening (reached any stage after the job's first) and the share hired. */
export function sources(stageRows: readonly StageRow[], reach: readonly ReachRow[]): SourceLine[] {
  const first = new Map<number, number>();
  for (const s of stageRows) first.set(s.jobId, Math.min(first.get(s.jobId) ?? Infinity, s.position));
  const lines = new Map<string, { applications: number; pastScreening: number; hired: number }>();
  for (const r of reach) {
    const source = r.source ?? NO_SOURCE;
    const line = lines.get(source) ?? { applications: 0, pastScreening: 0, hired: 0 };
    line.applications += r.n;
    if (r.furthest > (first.get(r.jobId) ?? Infinity)) line.pastScreening += r.n;
    if (r.hired) line.hired += r.n;
    lines.set(source, line);
  }
  return [...lines.entries()]
    .map(([source, l]) => ({
      source,
      label: sourceLabel(source),
      ...l,
      pastScreeningRate: rate(l.pastScreening, l.applications),
      hiredRate: rate(l.hired, l.applications),
    }))
    .sort((a, b) => b.applications - a.applications || a.label.localeCompare(b.label));
}

export type StageTime = StageRef & Spread;

/** Median and 90th percentile of the completed stays in each stage. */
export function stageTimes(order: readonly StageRef[], rows: readonly HoursRow[]): StageTime[] {
  return order.map((s) => ({
    ...s,
    ...spread(rows.filter((r) => r.key === s.key).map((r) => ({ value: r.hours, count: r.n }))),
  }));
}

/** Time to hire: from applying to the first hired event, for applications hired now. */
export function timeToHire(reach: readonly ReachRow[]): Spread {
  return spread(reach.filter((r) => r.hired && r.hireHours !== null).map((r) => ({ value: r.hireHours!, count: r.n })));
}

export const REASONS = Object.entries(REJECTION_REASONS).map(([key, label]) => ({ key, label }));
export type DropStage = StageRef & { rejected: Record<string, number>; withdrawn: number; total: number };
export type DropOff = {
  stages: DropStage[];
  reasons: { key: string; label: string; count: number }[];
  withdrawn: number;
  total: number;
};

/** Rejections by reason and withdrawals, at the stage where the application left the process. */
export function dropOff(order: readonly StageRef[], rows: readonly DropRow[]): DropOff {
  const stages = order.map((s) => {
    const mine = rows.filter((r) => r.key === s.key);
    const rejected = Object.fromEntries(
      REASONS.map((r) => [
        r.key,
        mine.filter((m) => m.status === "rejected" && (m.reason ?? "other") === r.key).reduce((sum, m) => sum + m.n, 0),
      ]),
    );
    const withdrawn = mine.filter((m) => m.status === "withdrawn").reduce((sum, m) => sum + m.n, 0);
    return { ...s, rejected, withdrawn, total: withdrawn + Object.values(rejected).reduce((a, b) => a + b, 0) };
  });
  const reasons = REASONS.map((r) => ({ ...r, count: stages.reduce((sum, s) => sum + (s.rejected[r.key] ?? 0), 0) }));
  const withdrawn = stages.reduce((sum, s) => sum + s.withdrawn, 0);
  return { stages, reasons, withdrawn, total: withdrawn + reasons.reduce((sum, r) => sum + r.count, 0) };
}

export type Turnaround = {
  name: string;
  submitted: number;
  median: number | null;
  p90: number | null;
  overdue: number;
  waiting: number;
};

/**
 * Scorecard turnaround per interviewer and overall. Submitted ones give the spread; overdue counts
 * scorecards submitted more than 24 hours after the interview ended and those still missing after
 * 24 hours; waiting counts those not yet submitted.
 */
export function feedback(rows: readonly FeedbackRow[]): { overall: Turnaround; interviewers: Turnaround[] } {
  const summarise = (name: string, mine: readonly FeedbackRow[]): Turnaround => {
    const done = mine.filter((r) => r.hours !== null);
    const s = spread(done.map((r) => ({ value: r.hours!, count: r.n })));
    const overdue = mine.filter((r) => r.overdue).reduce((sum, r) => sum + r.n, 0);
    const waiting = mine.filter((r) => r.hours === null).reduce((sum, r) => sum + r.n, 0);
    return { name, submitted: s.count, median: s.median, p90: s.p90, overdue, waiting };
  };
  const names = [...new Set(rows.map((r) => r.name))].sort((a, b) => a.localeCompare(b));
  return {
    overall: summarise("Everyone", rows),
    interviewers: names.map((n) =>
      summarise(
        n,
        rows.filter((r) => r.name === n),
      ),
    ),
  };
}

export type Week = { monday: string; week: string; received: number; hired: number };

export function weekly(
  weeks: readonly { monday: string; week: string }[],
  received: readonly WeekRow[],
  hired: readonly WeekRow[],
): Week[] {
  const count = (rows: readonly WeekRow[], monday: string) => rows.find((r) => r.monday === monday)?.n ?? 0;
  return weeks.map((w) => ({ ...w, received: count(received, w.monday), hired: count(hired, w.monday) }));
}
