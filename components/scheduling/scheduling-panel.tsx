import { When } from "@/components/application/when";
import type { InterviewKind } from "@/lib/feedback/constants";
import type { SchedulingRequestDto } from "@/lib/scheduling/requests";
import { CancelSchedulingButton } from "./cancel-button";
import { RequestSchedulingForm } from "./request-form";

type Props = {
  applicationId: number;
  requests: SchedulingRequestDto[];
  planning: { staff: { id: number; name: string; email: string; role: string }[]; defaultKind: InterviewKind } | null;
  canCancel: boolean;
};

const STATE_LABELS: Record<SchedulingRequestDto["state"], string> = {
  requested: "Link sent, not booked yet",
  booked: "Booked",
  expired: "Expired without a booking",
  cancelled: "Cancelled",
};

/** The candidate's self-scheduling links on this application: their state, and a new one. */
export function SchedulingPanel({ applicationId, requests, planning, canCancel }: Props) {
  if (requests.length === 0 && !planning) return null;
  return (
    <section className="card" aria-labelledby="scheduling-heading">
      <h2 id="scheduling-heading">Self-scheduling</h2>
      {requests.length === 0 ? (
        <p className="empty">No scheduling links sent yet.</p>
      ) : (
        <ul className="interview-list">
          {requests.map((r) => (
            <li key={r.id} className={r.state === "cancelled" || r.state === "expired" ? "cancelled" : undefined}>
              <p className="interview-title">
                <strong>{r.kind}</strong> ·{" "}
                <span className={`sched-state sched-${r.state}`}>{STATE_LABELS[r.state]}</span>
                {r.startsAt && (
                  <>
                    {" "}
                    · <When iso={r.startsAt} /> ({r.durationMinutes} min)
                  </>
                )}
              </p>
              <p>
                {r.required === r.interviewers.length ? "With" : `Any ${r.required} of`} {r.interviewers.join(", ")}
                {r.state === "requested" && (
                  <>
                    {" "}
                    · bookable until <When iso={r.windowEnd} />
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
