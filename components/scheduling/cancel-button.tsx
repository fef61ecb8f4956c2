"use client";

import { useTranslations } from "next-intl";
import { cancelSchedulingAction } from "@/app/staff/applications/[id]/actions";
import { ConfirmCancelButton } from "./confirm-cancel-button";

/** Withdraws a scheduling link, or calls off the time booked through it. */
export function CancelSchedulingButton({ requestId, booked }: { requestId: number; booked: boolean }) {
  const t = useTranslations("scheduling.cancel");
  return (
    <ConfirmCancelButton
      label={booked ? t("booked") : t("link")}
      groupLabel={t("confirmGroup")}
      confirmLabel={t("confirm")}
      keepLabel={t("keep")}
      onConfirm={() => cancelSchedulingAction({ requestId })}
    />
  );
}
