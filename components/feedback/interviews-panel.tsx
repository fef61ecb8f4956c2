import Link from "next/link";
import { When } from "@/components/application/when";
import type { InterviewSummary } from "@/lib/feedback/interview-queries";
import type { InterviewKind } from "@/lib/feedback/constants";
import { CancelInterviewButton } from "./cancel-interview-button";
import { FeedbackBadge } from "./feedback-badge";
import { InterviewLinks } from "./interview-links";
import { PlanInterviewForm } from "./plan-interview-form";

type Props = {
  applicationId: number;
  viewerId: number;
  interviews: InterviewSummary[];
  /** Set when the viewer may plan and the application is in an interview stage. */
  planning: { staff: { id: number; name: string; email: string; role: string }[]; defaultKind: InterviewKind } | null;
  canCancel: boolean;
  planHint: string | null;
};

export function InterviewsPanel({ applicationId, viewerId, interviews, planning, canCancel, planHint }: Props) {
  return (
    <section className="card" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">Interviews</h2>
      {interviews.length === 0 ? (
        <p className="empty">No interviews planned yet.</p>
      ) : (
        <ul className="interview-list">
          {interviews.map((i) => (
            <li key={i.id} className={i.cancelled ? "cancelled" : undefined}>
              <p className="interview-title">
                <strong>{i.kindLabel}</strong>
                {i.cancelled ? (
                  " · cancelled"
                ) : i.startsAt ? (
                  <>
                    {" "}
                    · <When iso={i.startsAt} /> ({i.durationMinutes} min)
                  </>
                ) : (
                  " · no time set"
                )}
              </p>
              <ul className="interviewer-states">
                {i.interviewers.map((p) => (
                  <li key={p.id}>
                    {p.name} {!i.cancelled && <FeedbackBadge state={p.feedback} />}
                  </li>
                ))}
              </ul>
              {!i.cancelled && (
                <p className="actions">
                  {i.interviewers.some((p) => p.id === viewerId) && (
                    <Link className="button small" href={`/staff/interviews/${i.id}`}>
                      Your scorecard
                    </Link>
                  )}
                  <InterviewLinks interview={i} />
                  {canCancel && <CancelInterviewButton interviewId={i.id} />}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {planning ? (
        <PlanInterviewForm applicationId={applicationId} staff={planning.staff} defaultKind={planning.defaultKind} />
      ) : (
        planHint && <p className="hint">{planHint}</p>
      )}
    </section>
  );
}
