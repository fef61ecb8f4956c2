import { reportQuery } from "@/lib/validations/reports";
import { parseOrThrow } from "@/lib/validations/parse";
import type { Metadata } from "next";
import { FunnelSection } from "@/components/reports/funnel-section";
import { DropOffSection, SourceSection, TrendSection } from "@/components/reports/outcome-sections";
import { ReportFilters } from "@/components/reports/report-filters";
import { FeedbackSection, StageTimeSection } from "@/components/reports/time-sections";
import { actorWith } from "@/lib/auth/current";
import { isAppError } from "@/lib/errors";
import { getReport, reportJobs, type Report } from "@/lib/reports/report";
import "@/components/reports/reports.css";

export const metadata: Metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const actor = await actorWith("reports.view", "/staff/reports");
  const input: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams))
    if (typeof value === "string" && ["job", "from", "to"].includes(key)) input[key] = value;

  let report: Report | null = null;
  let errors: Record<string, string> = {};
  try {
    report = await getReport(actor, parseOrThrow(reportQuery, input));
  } catch (e) {
    if (!isAppError(e) || !["invalid", "not_found"].includes(e.code)) throw e;
    errors = e.extra.errors ?? { job: e.message };
  }
  const values = { job: input.job ?? "", from: report?.from ?? input.from ?? "", to: report?.to ?? input.to ?? "" };
  const csvHref = report
    ? `/api/staff/reports.csv?${new URLSearchParams({ job: report.job?.slug ?? "", from: report.from, to: report.to })}`
    : null;
  const jobs = report?.jobs ?? (await reportJobs(actor));

  return (
    <>
      <h1>Reports</h1>
      <ReportFilters jobs={jobs} values={values} errors={errors} csvHref={csvHref} />
      {report ? (
        <>
          <p className="report-scope" aria-live="polite">
            <strong>{report.job?.title ?? "All jobs"}</strong>: applications received from {report.from} to {report.to}{" "}
            (UTC), {report.received} in all. Erased candidates count like everyone else.
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
          <h2>The report could not be shown</h2>
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
