import { useFormatter, useTranslations } from "next-intl";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import { NO_SOURCE } from "@/lib/reports/compute";

const SOURCES = ["linkedin", "github", "job_board", "friend", "event", "website", "other"] as const;
const isReason = (key: string): key is RejectionReason => key in REJECTION_REASONS;
const isSource = (key: string): key is (typeof SOURCES)[number] => (SOURCES as readonly string[]).includes(key);

/**
 * The reports' numbers, dates and fixed names in the reader's language. The report itself is
 * computed in English; this names what the page shows (lib/reports/csv.ts names the CSV's words the same way).
 */
export function useReportFormat() {
  const t = useTranslations("reports");
  const reasons = useTranslations("board.reject.reasons");
  const sources = useTranslations("apply.sources");
  const format = useFormatter();
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return {
    t,
    number: (n: number) => format.number(n),
    /** Hours as people say them: "5 h" under two days, "3.5 days" from there. */
    hours: (hours: number | null) =>
      hours === null
        ? "–"
        : hours < 48
          ? t("hours", { value: format.number(Math.round(hours * 10) / 10, { maximumFractionDigits: 1 }) })
          : t("days", { value: format.number(hours / 24, oneDecimal) }),
    share: (share: number | null) =>
      share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 }),
    /** A calendar day of the report's period (UTC), as the reader writes dates. */
    day: (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    reason: (key: string, fallback: string) => (isReason(key) ? reasons(key) : fallback),
    source: (key: string, fallback: string) =>
      key === NO_SOURCE ? t("notGiven") : isSource(key) ? sources(key) : fallback,
    /** The funnel's last row is computed as "Hired"; stage names are the job's own. */
    stage: (key: string, name: string) => (key === "hired" ? t("hired") : name),
  };
}
