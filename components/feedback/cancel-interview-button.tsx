"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { cancelInterviewAction } from "@/app/staff/applications/[id]/actions";

/** Two steps, so a stray click does not call an interview off. */
export function CancelInterviewButton({ interviewId }: { interviewId: number }) {
  const t = useTranslations("feedback.cancel");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className="button small secondary" onClick={() => setConfirming(true)}>
        {t("button")}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={t("confirmLabel")}>
      <button
        type="button"
        className="button small danger"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await cancelInterviewAction({ interviewId });
            if (!result.ok) setError(result.message);
          })
        }
      >
        {t("yes")}
      </button>
      <button type="button" className="button small secondary" onClick={() => setConfirming(false)}>
        {t("keep")}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
