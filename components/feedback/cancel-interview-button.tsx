"use client";

import { useTranslations } from "next-intl";
import { cancelInterviewAction } from "@/app/staff/applications/[id]/actions";
import { ConfirmCancelButton } from "@/components/scheduling/confirm-cancel-button";

/** Calls an interview off, in two steps so a stray click does not. */
export function CancelInterviewButton({ interviewId }: { interviewId: number }) {
  const t = useTranslations("feedback.cancel");
  return (
    <ConfirmCancelButton
      label={t("button")}
      groupLabel={t("confirmLabel")}
      confirmLabel={t("yes")}
      keepLabel={t("keep")}
      onConfirm={() => cancelInterviewAction({ interviewId })}
    />
  );
}
