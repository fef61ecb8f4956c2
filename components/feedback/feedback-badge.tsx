import { useTranslations } from "next-intl";
import type { FeedbackState } from "@/lib/feedback/when";

export function FeedbackBadge({ state }: { state: FeedbackState }) {
  const t = useTranslations("feedback.badge");
  return <span className={`feedback-badge feedback-${state}`}>{t(state)}</span>;
}
