"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { recordDecisionAction } from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { decisionInput } from "@/lib/validations/interviews";
import { RejectionReasonOptions } from "@/components/ui/rejection-reason-options";

type FormInput = z.input<typeof decisionInput>;

/** The joint decision: an offer moves on to references; a decline sends the edited, constructive feedback. */
export function DecisionForm({
  applicationId,
  version,
  suggestedFeedback,
}: {
  applicationId: number;
  version: number;
  suggestedFeedback: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    formState,
  } = useForm<FormInput>({
    resolver: zodResolver(decisionInput),
    defaultValues: { decision: undefined, version, feedback: suggestedFeedback, reason: "must_haves" },
  });
  const decision = useWatch({ control, name: "decision" });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (input) => {
    setError(null);
    const result = await recordDecisionAction({ ...input, applicationId });
    if (result.ok) return;
    for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
      setFieldError(field as keyof FormInput, { message: text });
    setError(
      result.error === "conflict"
        ? "Someone changed this application meanwhile. Reload the page to see where it is now."
        : result.message,
    );
  });
  return (
    <form className="decision-form" onSubmit={onSubmit} noValidate aria-labelledby="decide-heading">
      <h3 id="decide-heading">Record the joint decision</h3>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <fieldset aria-describedby={errors.decision ? "decision-error" : undefined}>
        <legend>Decision</legend>
        <label className="check">
          <input type="radio" value="offer" {...register("decision")} />
          <span>Make an offer (moves on to references and background check)</span>
        </label>
        <label className="check">
          <input type="radio" value="decline" {...register("decision")} />
          <span>Decline, with constructive feedback</span>
        </label>
        {errors.decision && (
          <p className="error" id="decision-error">
            {errors.decision.message}
          </p>
        )}
      </fieldset>
      {decision === "decline" && (
        <>
          <Field
            id="decision-reason"
            label="Reason (kept for reports, not shown to the candidate)"
            error={errors.reason?.message}
          >
            {(attrs) => (
              <select {...attrs} {...register("reason")}>
                <RejectionReasonOptions />
              </select>
            )}
          </Field>
          <Field
            id="decision-feedback"
            label="Feedback for the candidate"
            hint="Pre-filled from the interviewers’ suggestions. Edit it into a few kind, specific sentences; it is sent as written."
            error={errors.feedback?.message}
          >
            {(attrs) => <textarea rows={6} {...attrs} {...register("feedback")} />}
          </Field>
        </>
      )}
      <button className="button" type="submit" disabled={isSubmitting || !decision}>
        {decision === "decline" ? "Decline and send feedback" : "Record the offer"}
      </button>
    </form>
  );
}
