import { reportQuery } from "@/lib/validations/reports";
import { parseOrThrow } from "@/lib/validations/parse";
import { contentDisposition } from "@/lib/http/content-disposition";
import { staffApi } from "@/lib/http/staff-api";
import { localeFromAcceptLanguage } from "@/lib/i18n/accept-language";
import { reportCsv } from "@/lib/reports/csv";
import { getReport } from "@/lib/reports/report";

export const GET = staffApi(async ({ request, actor }) => {
  const report = await getReport(
    actor,
    parseOrThrow(reportQuery, Object.fromEntries(new URL(request.url).searchParams)),
  );
  const name = `rekry-report-${report.job?.slug ?? "all-jobs"}-${report.from}-${report.to}.csv`;
  // The reader's language (their choice, else the browser's), and their spreadsheet's separators.
  const locale = actor.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return new Response(reportCsv(report, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", name),
      "Cache-Control": "private, no-store",
    },
  });
});
