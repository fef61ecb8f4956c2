import type { FeedbackState } from "@/lib/feedback/when";

const LABELS: Record<FeedbackState, string> = {
  submitted: "Feedback submitted",
  overdue: "Feedback overdue",
  due: "Feedback due",
  upcoming: "Upcoming",
  unscheduled: "No time set",
};

export function FeedbackBadge({ state }: { state: FeedbackState }) {
  return <span className={`feedback-badge feedback-${state}`}>{LABELS[state]}</span>;
}
