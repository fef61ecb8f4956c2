import type { Report } from "./report";

type Cell = string | number | null;

/**
 * One cell: numbers as they are; text quoted when it holds a comma, quote or line break; text a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe, so a job title or interviewer name cannot become a formula.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "");
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const hours = (h: number | null) => (h === null ? null : Math.round(h * 10) / 10);

/** Every figure of a report as rows of one CSV: section, item, measure, value (hours for durations, 0-1 for shares). */
export function reportCsv(report: Report): string {
  const rows: Cell[][] = [["section", "item", "measure", "value"]];
  const add = (section: string, item: string, measure: string, value: Cell) =>
    rows.push([section, item, measure, value]);
  add("scope", report.job?.title ?? "All jobs", "from", report.from);
  add("scope", report.job?.title ?? "All jobs", "to", report.to);
  add("scope", report.job?.title ?? "All jobs", "received", report.received);
  for (const s of report.funnel) {
    add("funnel", s.name, "reached", s.reached);
    add("funnel", s.name, "share of received", s.share);
    add("funnel", s.name, "on to the next", s.toNext);
  }
  for (const s of report.stageTimes) {
    add("time in stage", s.name, "completed stays", s.count);
    add("time in stage", s.name, "median hours", hours(s.median));
    add("time in stage", s.name, "p90 hours", hours(s.p90));
  }
  add("time to hire", "hires", "count", report.timeToHire.count);
  add("time to hire", "hires", "median hours", hours(report.timeToHire.median));
  add("time to hire", "hires", "p90 hours", hours(report.timeToHire.p90));
  for (const s of report.dropOff.stages) {
    for (const r of report.dropOff.reasons) add("drop-off", s.name, `rejected: ${r.label}`, s.rejected[r.key] ?? 0);
    add("drop-off", s.name, "withdrew", s.withdrawn);
  }
  for (const l of report.sources) {
    add("sources", l.label, "applications", l.applications);
    add("sources", l.label, "past screening", l.pastScreening);
    add("sources", l.label, "hired", l.hired);
  }
  for (const t of [...report.feedback.interviewers, report.feedback.overall]) {
    add("feedback turnaround", t.name, "submitted", t.submitted);
    add("feedback turnaround", t.name, "median hours", hours(t.median));
    add("feedback turnaround", t.name, "p90 hours", hours(t.p90));
    add("feedback turnaround", t.name, "overdue", t.overdue);
    add("feedback turnaround", t.name, "not submitted", t.waiting);
  }
  for (const w of report.weeks) {
    add("weeks", w.week, "received", w.received);
    add("weeks", w.week, "hired", w.hired);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
