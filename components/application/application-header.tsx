import Link from "next/link";
import type { ApplicationDetail } from "@/lib/applications/detail";
import { When } from "./when";

const STATUS_LABELS: Record<string, string> = {
  active: "Active",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

/** `backSearch` takes the way back to the board column and filters the page was opened from. */
export function ApplicationHeader({ detail, backSearch = "" }: { detail: ApplicationDetail; backSearch?: string }) {
  return (
    <header className="application-header">
      <p className="back">
        <Link href={`/staff/jobs/${detail.job.slug}${backSearch}`}>← Back to {detail.job.title}</Link>
      </p>
      <h1>{detail.candidate.name}</h1>
      <p className="application-meta">
        <span>{detail.job.title}</span>
        <span className={`stage-badge status-${detail.status}`}>
          {detail.status === "active"
            ? `Stage: ${detail.stageName}`
            : `${STATUS_LABELS[detail.status] ?? detail.status} (last stage: ${detail.stageName})`}
        </span>
        <span>
          Applied <When iso={detail.createdAt} />
        </span>
      </p>
      {detail.rejection && (
        <section className="card rejection" aria-labelledby="rejection-heading">
          <h2 id="rejection-heading">Rejected: {detail.rejection.reasonLabel}</h2>
          {detail.rejection.feedback && (
            <>
              <p className="label">Feedback kept for the candidate</p>
              <p className="typed">{detail.rejection.feedback}</p>
            </>
          )}
        </section>
      )}
    </header>
  );
}
