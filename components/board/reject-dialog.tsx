"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { REJECTION_REASONS } from "@/lib/stages/transitions";
import { stageMove } from "@/lib/validations/move";

type Values = z.input<typeof stageMove>;
export type RejectDetails = { reason: NonNullable<z.output<typeof stageMove>["reason"]>; feedback: string };

/**
 * Asks for the reason and the candidate-facing feedback before anything moves. It checks with the
 * move schema itself; `version` is only there to satisfy it, each card's own goes to the server.
 */
export function RejectDialog({ title, version, onCancel, onConfirm }: { title: string; version: number; onCancel: () => void; onConfirm: (d: RejectDetails) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { register, handleSubmit, formState } = useForm<Values, unknown, z.output<typeof stageMove>>({
    resolver: zodResolver(stageMove),
    defaultValues: { to: "rejected", version, reason: undefined, feedback: "" },
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
  const invalid = (name: "reason" | "feedback", hint?: string) => ({
    "aria-invalid": errors[name] ? (true as const) : undefined,
    "aria-describedby": [hint, errors[name] ? `reject-${name}-error` : undefined].filter(Boolean).join(" ") || undefined,
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
        <div className="field">
          <label htmlFor="reject-reason">Reason</label>
          <select id="reject-reason" {...invalid("reason")} {...register("reason", { setValueAs: (v) => (v === "" ? undefined : v) })}>
            <option value="">Choose a reason</option>
            {Object.entries(REJECTION_REASONS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
          {errors.reason && (
            <p className="error" id="reject-reason-error">
              {errors.reason.message}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="reject-feedback">Feedback for the candidate</label>
          <p className="hint" id="reject-feedback-hint">
            Kept to be sent to the candidate. Be specific and kind.
          </p>
          <textarea id="reject-feedback" rows={5} {...invalid("feedback", "reject-feedback-hint")} {...register("feedback")} />
          {errors.feedback && (
            <p className="error" id="reject-feedback-error">
              {errors.feedback.message}
            </p>
          )}
        </div>
        <div className="actions">
          <button className="button danger" type="submit">
            Reject
          </button>
          <button
            className="button secondary"
            type="button"
            onClick={(e) => {
              close(e.currentTarget);
              onCancel();
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
