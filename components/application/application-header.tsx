import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ApplicationDetail } from "@/lib/applications/detail";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";
import { When } from "./when";

/** `backSearch` takes the way back to the board column and filters the page was opened from. */
export function ApplicationHeader({ detail, backSearch = "" }: { detail: ApplicationDetail; backSearch?: string }) {
  const t = useTranslations("application");
  const reasons = useTranslations("board.reject.reasons");
  const reason = detail.rejection?.reason;
  const reasonLabel =
    reason && reason in REJECTION_REASONS ? reasons(reason as RejectionReason) : detail.rejection?.reasonLabel;
  return (
    <header className="application-header">
      <p className="back">
        <Link href={`/staff/jobs/${detail.job.slug}${backSearch}`}>{t("back", { job: detail.job.title })}</Link>
      </p>
      <h1>{detail.candidate.name}</h1>
      <p className="application-meta">
        <span>{detail.job.title}</span>
        <span className={`stage-badge status-${detail.status}`}>
          {detail.status === "active"
            ? t("stage", { stage: detail.stageName })
            : t("closedStage", { status: t(`status.${detail.status}`), stage: detail.stageName })}
        </span>
        <span>
          {t("applied")} <When iso={detail.createdAt} />
        </span>
      </p>
      {detail.rejection && (
        <section className="card rejection" aria-labelledby="rejection-heading">
          <h2 id="rejection-heading">{t("rejectedHeading", { reason: reasonLabel ?? "" })}</h2>
          {detail.rejection.feedback && (
            <>
              <p className="label">{t("feedbackKept")}</p>
              <p className="typed">{detail.rejection.feedback}</p>
            </>
          )}
        </section>
      )}
    </header>
  );
}
