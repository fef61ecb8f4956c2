import { useTranslations } from "next-intl";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/stages/transitions";

/** The rejection reasons as the options of a select: the reject dialog, the decision, knockout questions. */
export function RejectionReasonOptions() {
  const t = useTranslations("board.reject.reasons");
  return (Object.keys(REJECTION_REASONS) as RejectionReason[]).map((key) => (
    <option key={key} value={key}>
      {t(key)}
    </option>
  ));
}
