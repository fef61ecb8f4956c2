import { reportQuery } from "@/lib/validations/reports";
import { parseOrThrow } from "@/lib/validations/parse";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FunnelSection } from "@/components/reports/funnel-section";
import { DropOffSection, SourceSection, TrendSection } from "@/components/reports/outcome-sections";
import { ReportFilters } from "@/components/reports/report-filters";
import { FeedbackSection, StageTimeSection } from "@/components/reports/time-sections";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { viewerLocale } from "@/lib/i18n/viewer-locale";
import { getReport, reportJobs, type Report } from "@/lib/reports/report";
import "@/components/reports/reports.css";
import { schemaWordsIn } from "@/lib/i18n/schema-words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const actor = await actorWith("reports.view", "/staff/reports");
  const input: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams))
    if (typeof value === "string" && ["job", "from", "to"].includes(key)) input[key] = value;

  let report: Report | null = null;
  let errors: Record<string, string> = {};
  try {
    report = await getReport(actor, parseOrThrow(reportQuery, input, schemaWordsIn(await viewerLocale())));
  } catch (e) {
    if (!isAppError(e) || !["invalid", "not_found"].includes(e.code)) throw e;
    // An unknown job is the command's refusal, in the viewer's words; bad dates are the schema's.
    const locale = await viewerLocale();
    errors = e.code === "not_found" ? { job: e.messageIn(locale) } : (e.fieldErrorsIn(locale) ?? {});
  }
  const values = { job: input.job ?? "", from: report?.from ?? input.from ?? "", to: report?.to ?? input.to ?? "" };
  const csvHref = report
    ? `/api/staff/reports.csv?${new URLSearchParams({ job: report.job?.slug ?? "", from: report.from, to: report.to })}`
    : null;
  const jobs = report?.jobs ?? (await reportJobs(actor));
  const t = await getTranslations("reports");
  const format = await getFormatter();
  // The period is in calendar days (UTC); written as the reader writes dates.
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <h1>{t("title")}</h1>
      <ReportFilters jobs={jobs} values={values} errors={errors} csvHref={csvHref} />
      {report ? (
        <>
          <p className="report-scope" aria-live="polite">
            {t.rich("scope", {
              job: report.job?.title ?? t("allJobs"),
              from: day(report.from),
              to: day(report.to),
              count: report.received,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <FunnelSection report={report} />
          <div className="report-grid">
            <StageTimeSection report={report} />
            <DropOffSection report={report} />
            <SourceSection report={report} />
            <FeedbackSection report={report} />
          </div>
          <TrendSection report={report} />
        </>
      ) : (
        <div className="error-summary" role="alert">
          <h2>{t("failed")}</h2>
          <ul>
            {Object.values(errors).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
