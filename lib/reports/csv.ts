import { CATALOGS } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { NO_SOURCE } from "./compute";
import type { Report } from "./report";

type Cell = string | number | null;

/**
 * How a spreadsheet in the reader's language reads a CSV. Swedish Excel takes the decimal comma
 * and then expects fields separated by semicolons (its list separator); English keeps "," and ".".
 */
export type CsvDialect = { separator: "," | ";"; decimal: "." | "," };
export const CSV_DIALECTS: Record<Locale, CsvDialect> = {
  en: { separator: ",", decimal: "." },
  sv: { separator: ";", decimal: "," },
};

/** Tells Excel the file is UTF-8, so "Återtagen" and "Åsa" open as written. */
export const BOM = "\uFEFF";

/**
 * One cell: numbers without grouping, with the dialect's decimal mark; text quoted when it holds the
 * separator, a quote or a line break; text a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, so a job title or interviewer
 * name cannot become a formula.
 */
export function csvCell(value: Cell, dialect: CsvDialect = CSV_DIALECTS.en): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const plain = Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, "");
    return plain.replace(".", dialect.decimal);
  }
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(dialect.separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const hours = (h: number | null) => (h === null ? null : Math.round(h * 10) / 10);

/**
 * Every figure of a report as rows of one CSV in `locale`: section, item, measure, value (hours for
 * durations, 0-1 for shares; dates as YYYY-MM-DD, which both languages' spreadsheets read). The
 * fixed words are the reader's; stage names, job titles and interviewers are as staff typed them.
 */
export function reportCsv(report: Report, locale: Locale = "en"): string {
  const t = translator(locale, "reports");
  // The apply form's sources and the rejection reasons, as the board and the apply form name them.
  const sources: Record<string, string> = CATALOGS[locale].apply.sources;
  const reasons: Record<string, string> = CATALOGS[locale].board.reject.reasons;

  const rows: Cell[][] = [
    [t("csv.columns.section"), t("csv.columns.item"), t("csv.columns.measure"), t("csv.columns.value")],
  ];
  const section = (name: string) => (item: string, measure: string, value: Cell) =>
    rows.push([name, item, measure, value]);

  const scope = section(t("csv.sections.scope"));
  const job = report.job?.title ?? t("allJobs");
  scope(job, t("csv.measures.from"), report.from);
  scope(job, t("csv.measures.to"), report.to);
  scope(job, t("csv.measures.received"), report.received);
  const funnel = section(t("csv.sections.funnel"));
  for (const s of report.funnel) {
    const name = s.key === "hired" ? t("hired") : s.name;
    funnel(name, t("csv.measures.reached"), s.reached);
    funnel(name, t("csv.measures.shareOfReceived"), s.share);
    funnel(name, t("csv.measures.onToNext"), s.toNext);
  }
  const stay = section(t("csv.sections.timeInStage"));
  for (const s of report.stageTimes) {
    stay(s.name, t("csv.measures.completedStays"), s.count);
    stay(s.name, t("csv.measures.medianHours"), hours(s.median));
    stay(s.name, t("csv.measures.p90Hours"), hours(s.p90));
  }
  const toHire = section(t("csv.sections.timeToHire"));
  toHire(t("csv.hires"), t("csv.measures.count"), report.timeToHire.count);
  toHire(t("csv.hires"), t("csv.measures.medianHours"), hours(report.timeToHire.median));
  toHire(t("csv.hires"), t("csv.measures.p90Hours"), hours(report.timeToHire.p90));
  const dropOff = section(t("csv.sections.dropOff"));
  for (const s of report.dropOff.stages) {
    for (const r of report.dropOff.reasons)
      dropOff(s.name, t("csv.measures.rejected", { reason: reasons[r.key] ?? r.label }), s.rejected[r.key] ?? 0);
    dropOff(s.name, t("csv.measures.withdrew"), s.withdrawn);
  }
  const source = section(t("csv.sections.sources"));
  for (const l of report.sources) {
    const name = l.source === NO_SOURCE ? t("notGiven") : (sources[l.source] ?? l.label);
    source(name, t("csv.measures.applications"), l.applications);
    source(name, t("csv.measures.pastScreening"), l.pastScreening);
    source(name, t("csv.measures.hired"), l.hired);
  }
  const feedback = section(t("csv.sections.feedback"));
  for (const a of [...report.feedback.interviewers, { ...report.feedback.overall, name: t("feedback.everyone") }]) {
    feedback(a.name, t("csv.measures.submitted"), a.submitted);
    feedback(a.name, t("csv.measures.medianHours"), hours(a.median));
    feedback(a.name, t("csv.measures.p90Hours"), hours(a.p90));
    feedback(a.name, t("csv.measures.overdue"), a.overdue);
    feedback(a.name, t("csv.measures.notSubmitted"), a.waiting);
  }
  const weeks = section(t("csv.sections.weeks"));
  for (const w of report.weeks) {
    weeks(w.week, t("csv.measures.received"), w.received);
    weeks(w.week, t("csv.measures.hired"), w.hired);
  }
  const dialect = CSV_DIALECTS[locale];
  return BOM + rows.map((r) => r.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join("\r\n") + "\r\n";
}
