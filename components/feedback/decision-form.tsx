"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { recordDecisionAction } from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { decisionInput } from "@/lib/validations/interviews";
import { RejectionReasonOptions } from "@/components/ui/rejection-reason-options";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

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
  const t = useTranslations("feedback.decide");
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    formState,
  } = useForm<FormInput>({
    resolver: useSchemaResolver(decisionInput),
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
    setError(result.error === "conflict" ? t("conflict") : result.message);
  });
  return (
    <form className="decision-form" onSubmit={onSubmit} noValidate aria-labelledby="decide-heading">
      <h3 id="decide-heading">{t("heading")}</h3>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <fieldset aria-describedby={errors.decision ? "decision-error" : undefined}>
        <legend>{t("legend")}</legend>
        <label className="check">
          <input type="radio" value="offer" {...register("decision")} />
          <span>{t("offer")}</span>
        </label>
        <label className="check">
          <input type="radio" value="decline" {...register("decision")} />
          <span>{t("decline")}</span>
        </label>
        {errors.decision && (
          <p className="error" id="decision-error">
            {errors.decision.message}
          </p>
        )}
      </fieldset>
      {decision === "decline" && (
        <>
          <Field id="decision-reason" label={t("reason")} error={errors.reason?.message}>
            {(attrs) => (
              <select {...attrs} {...register("reason")}>
                <RejectionReasonOptions />
              </select>
            )}
          </Field>
          <Field id="decision-feedback" label={t("feedback")} hint={t("feedbackHint")} error={errors.feedback?.message}>
            {(attrs) => <textarea rows={6} {...attrs} {...register("feedback")} />}
          </Field>
        </>
      )}
      <button className="button" type="submit" disabled={isSubmitting || !decision}>
        {decision === "decline" ? t("submitDecline") : t("submitOffer")}
      </button>
    </form>
  );
}
