import { REJECTION_REASONS } from "@/lib/stages/transitions";

/** The rejection reasons as the options of a select: the reject dialog, the decision, knockout questions. */
export function RejectionReasonOptions() {
  return Object.entries(REJECTION_REASONS).map(([key, label]) => (
    <option key={key} value={key}>
      {label}
    </option>
  ));
}
