import { useTranslations } from "next-intl";
import { When } from "@/components/application/when";
import type { InterviewKind } from "@/lib/feedback/constants";
import type { SchedulingRequestDto } from "@/lib/scheduling/requests";
import { CancelSchedulingButton } from "./cancel-button";
import { RequestSchedulingForm } from "./request-form";
import "./scheduling.css";

type Props = {
  applicationId: number;
  requests: SchedulingRequestDto[];
  planning: { staff: { id: number; name: string; email: string; role: string }[]; defaultKind: InterviewKind } | null;
  canCancel: boolean;
};

/** The candidate's self-scheduling links on this application: their state, and a new one. */
export function SchedulingPanel({ applicationId, requests, planning, canCancel }: Props) {
  const t = useTranslations("scheduling.panel");
  const kinds = useTranslations("emails.interviewKinds");
  if (requests.length === 0 && !planning) return null;
  return (
    <section className="card" aria-labelledby="scheduling-heading">
      <h2 id="scheduling-heading">{t("heading")}</h2>
      {requests.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <ul className="interview-list">
          {requests.map((r) => (
            <li key={r.id} className={r.state === "cancelled" || r.state === "expired" ? "cancelled" : undefined}>
              <p className="interview-title">
                <strong>{kinds(r.kindKey)}</strong> ·{" "}
                <span className={`sched-state sched-${r.state}`}>{t(`states.${r.state}`)}</span>
                {r.startsAt && (
                  <>
                    {" "}
                    · <When iso={r.startsAt} /> ({t("minutes", { minutes: r.durationMinutes })})
                  </>
                )}
              </p>
              <p>
                {r.required === r.interviewers.length
                  ? t("with", { names: r.interviewers.join(", ") })
                  : t("anyOf", { required: r.required, names: r.interviewers.join(", ") })}
                {r.state === "requested" && (
                  <>
                    {" · "}
                    {t.rich("bookableUntil", { when: () => <When iso={r.windowEnd} /> })}
                  </>
                )}
              </p>
              {canCancel && (r.state === "requested" || r.state === "booked") && (
                <p className="actions">
                  <CancelSchedulingButton requestId={r.id} booked={r.state === "booked"} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {planning && (
        <RequestSchedulingForm
          applicationId={applicationId}
          staff={planning.staff}
          defaultKind={planning.defaultKind}
        />
      )}
    </section>
  );
}
