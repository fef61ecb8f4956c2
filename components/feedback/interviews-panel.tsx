import Link from "next/link";
import { useTranslations } from "next-intl";
import { When } from "@/components/application/when";
import type { InterviewSummary } from "@/lib/feedback/interview-queries";
import type { InterviewKind } from "@/lib/feedback/constants";
import type { PlanHint } from "@/lib/feedback/application-feedback";
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
  planHint: PlanHint | null;
};

export function InterviewsPanel({ applicationId, viewerId, interviews, planning, canCancel, planHint }: Props) {
  const t = useTranslations("feedback.panel");
  const kinds = useTranslations("feedback.kinds");
  return (
    <section className="card" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">{t("heading")}</h2>
      {interviews.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <ul className="interview-list">
          {interviews.map((i) => (
            <li key={i.id} className={i.cancelled ? "cancelled" : undefined}>
              <p className="interview-title">
                <strong>{kinds(i.kind)}</strong>
                {i.cancelled ? (
                  t("cancelled")
                ) : i.startsAt ? (
                  <>
                    {" "}
                    · <When iso={i.startsAt} /> {t("minutes", { minutes: i.durationMinutes })}
                  </>
                ) : (
                  t("noTime")
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
                      {t("yourScorecard")}
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
        planHint && <p className="hint">{t(planHint === "move" ? "hintMove" : "hintNoStage")}</p>
      )}
    </section>
  );
}
