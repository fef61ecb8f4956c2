"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { planInterviewAction } from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { ROLES, type Role } from "@/db/enums";
import { INTERVIEW_KINDS } from "@/lib/feedback/constants";
import { interviewPlan } from "@/lib/validations/interviews";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

type Staff = { id: number; name: string; email: string; role: string };
type FormInput = z.input<typeof interviewPlan>;

/** Plans an interview: the same schema as the API; the chosen local time travels as an ISO instant. */
export function PlanInterviewForm({
  applicationId,
  staff,
  defaultKind,
}: {
  applicationId: number;
  staff: Staff[];
  defaultKind: FormInput["kind"];
}) {
  const t = useTranslations("feedback.plan");
  const kinds = useTranslations("feedback.kinds");
  const roles = useTranslations("common.roles");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<FormInput>({
    resolver: useSchemaResolver(interviewPlan),
    defaultValues: { kind: defaultKind, interviewers: [], durationMinutes: 60 },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (input) => {
    setMessage(null);
    const result = await planInterviewAction({ ...input, applicationId });
    if (result.ok) {
      reset({ kind: defaultKind, interviewers: [], durationMinutes: 60 });
      return setMessage({ ok: true, text: t("done") });
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof FormInput, { message: text });
    setMessage({ ok: false, text: result.message });
  });
  return (
    <form className="plan-interview" onSubmit={onSubmit} noValidate aria-labelledby="plan-heading">
      <h3 id="plan-heading">{t("heading")}</h3>
      {message && (
        <p className={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <Field id="plan-kind" label={t("kind")} error={errors.kind?.message}>
        {(attrs) => (
          <select {...attrs} {...register("kind")}>
            {INTERVIEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset
        className="interviewer-picker"
        aria-describedby={errors.interviewers ? "plan-interviewers-error" : undefined}
      >
        <legend>{t("interviewers")}</legend>
        {staff.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" value={s.email} {...register("interviewers")} />
            <span>
              {s.name} <span className="tag">({isRole(s.role) ? roles(s.role) : s.role})</span>
            </span>
          </label>
        ))}
        {errors.interviewers && (
          <p className="error" id="plan-interviewers-error">
            {errors.interviewers.message ?? errors.interviewers.root?.message}
          </p>
        )}
      </fieldset>
      <div className="plan-row">
        <Field
          id="plan-starts"
          label={t("when")}
          tag={t("optional")}
          hint={t("whenHint")}
          error={errors.startsAt?.message}
        >
          {(attrs) => (
            <input
              type="datetime-local"
              {...attrs}
              {...register("startsAt", { setValueAs: (v: string) => (v ? new Date(v).toISOString() : undefined) })}
            />
          )}
        </Field>
        <Field id="plan-duration" label={t("length")} error={errors.durationMinutes?.message}>
          {(attrs) => (
            <select {...attrs} {...register("durationMinutes", { valueAsNumber: true })}>
              {[30, 45, 60, 90, 120].map((m) => (
                <option key={m} value={m}>
                  {t("minutes", { count: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="plan-video" label={t("video")} tag={t("optional")} error={errors.videoUrl?.message}>
        {(attrs) => (
          <input
            type="url"
            inputMode="url"
            placeholder="https://"
            {...attrs}
            {...register("videoUrl", { setValueAs: (v: string) => v || undefined })}
          />
        )}
      </Field>
      <button className="button small" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("planning") : t("submit")}
      </button>
    </form>
  );
}
