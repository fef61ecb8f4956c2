"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { stageMove } from "@/lib/validations/move";
import { Field } from "@/components/ui/field";
import { RejectionReasonOptions } from "@/components/ui/rejection-reason-options";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Values = z.input<typeof stageMove>;
export type RejectDetails = { reason: NonNullable<z.output<typeof stageMove>["reason"]>; feedback: string };

/**
 * Asks for the reason and the candidate-facing feedback before anything moves. It checks with the
 * move schema itself; `version` is only there to satisfy it, each card's own goes to the server.
 */
export function RejectDialog({
  title,
  version,
  suggestedFeedback = "",
  onCancel,
  onConfirm,
}: {
  title: string;
  version: number;
  /** The interviewers' suggestions from their scorecards, a starting text to edit. */
  suggestedFeedback?: string;
  onCancel: () => void;
  onConfirm: (d: RejectDetails) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useTranslations("board.reject");
  const common = useTranslations("common");
  const { register, handleSubmit, formState } = useForm<Values, unknown, z.output<typeof stageMove>>({
    resolver: useSchemaResolver(stageMove),
    defaultValues: { to: "rejected", version, reason: undefined, feedback: suggestedFeedback },
  });
  const { errors } = formState;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  // Closing the native dialog first lets the browser hand focus back to whatever opened it.
  const close = (from: EventTarget | null | undefined) => (from as Element | null)?.closest("dialog")?.close();
  const submit = handleSubmit((v, e) => {
    close(e?.target);
    onConfirm({ reason: v.reason!, feedback: v.feedback ?? "" });
  });
  return (
    <dialog
      ref={dialog}
      className="reject-dialog"
      aria-labelledby="reject-title"
      onCancel={(e) => {
        e.preventDefault();
        close(e.currentTarget);
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="reject-title">{title}</h2>
        <Field id="reject-reason" label={t("reason")} error={errors.reason?.message}>
          {(attrs) => (
            <select {...attrs} {...register("reason", { setValueAs: (v) => (v === "" ? undefined : v) })}>
              <option value="">{t("chooseReason")}</option>
              <RejectionReasonOptions />
            </select>
          )}
        </Field>
        <Field
          id="reject-feedback"
          label={t("feedback")}
          hint={suggestedFeedback ? t("suggested") : t("hint")}
          error={errors.feedback?.message}
        >
          {(attrs) => <textarea rows={5} {...attrs} {...register("feedback")} />}
        </Field>
        <div className="actions">
          <button className="button danger" type="submit">
            {t("confirm")}
          </button>
          <button
            className="button secondary"
            type="button"
            onClick={(e) => {
              close(e.currentTarget);
              onCancel();
            }}
          >
            {common("cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
