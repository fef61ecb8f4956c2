"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestSchedulingAction } from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { INTERVIEW_KINDS } from "@/lib/feedback/constants";
import { schedulingRequestInput } from "@/lib/validations/scheduling";
import { InterviewerFields } from "./interviewer-fields";
import { RequestPreview } from "./request-preview";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Staff = { id: number; name: string; email: string; role: string };
type FormInput = z.input<typeof schedulingRequestInput>;
type Kind = (typeof INTERVIEW_KINDS)[number];

const defaults = (kind: Kind): FormInput => ({
  kind,
  interviewers: [],
  required: "",
  durationMinutes: 60,
  windowDays: 10,
  minNoticeHours: 24,
  bufferMinutes: 0,
  videoUrl: "",
  note: "",
});

/** Sends the candidate a link to pick a time: the same schema as the API route. */
export function RequestSchedulingForm({
  applicationId,
  staff,
  defaultKind,
}: {
  applicationId: number;
  staff: Staff[];
  defaultKind: Kind;
}) {
  const t = useTranslations("scheduling.request");
  const kinds = useTranslations("emails.interviewKinds");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, reset, setError, getValues, formState } = useForm<FormInput>({
    resolver: useSchemaResolver(schedulingRequestInput),
    defaultValues: defaults(defaultKind),
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (input) => {
    setMessage(null);
    const result = await requestSchedulingAction({ ...input, applicationId });
    if (result.ok) {
      reset(defaults(defaultKind));
      return setMessage({ ok: true, text: t("sent") });
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
      setError(field as keyof FormInput, { message: text });
    setMessage({ ok: false, text: result.message });
  });
  const number = { setValueAs: (v: string) => (v === "" ? undefined : Number(v)) };
  return (
    <form className="plan-interview" onSubmit={onSubmit} noValidate aria-labelledby="sched-heading">
      <h3 id="sched-heading">{t("heading")}</h3>
      {message && (
        <p className={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <Field id="sched-kind" label={t("kind")} error={errors.kind?.message}>
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
      <InterviewerFields
        id="sched-interviewers"
        legend={t("interviewers")}
        staff={staff}
        field={register("interviewers")}
        error={errors.interviewers?.message ?? errors.interviewers?.root?.message}
      />
      <div className="plan-row">
        <Field id="sched-required" label={t("required")} error={errors.required?.message}>
          {(attrs) => (
            <select {...attrs} {...register("required", { setValueAs: (v: string) => (v ? Number(v) : null) })}>
              <option value="">{t("all")}</option>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {t("any", { count: n })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="sched-duration" label={t("length")} error={errors.durationMinutes?.message}>
          {(attrs) => (
            <select {...attrs} {...register("durationMinutes", number)}>
              {[30, 45, 60, 90, 120].map((m) => (
                <option key={m} value={m}>
                  {t("minutes", { minutes: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="plan-row">
        <Field id="sched-window" label={t("window")} error={errors.windowDays?.message}>
          {(attrs) => <input type="number" min={1} max={30} {...attrs} {...register("windowDays", number)} />}
        </Field>
        <Field id="sched-notice" label={t("notice")} error={errors.minNoticeHours?.message}>
          {(attrs) => <input type="number" min={0} max={336} {...attrs} {...register("minNoticeHours", number)} />}
        </Field>
        <Field id="sched-buffer" label={t("buffer")} error={errors.bufferMinutes?.message}>
          {(attrs) => <input type="number" min={0} max={240} {...attrs} {...register("bufferMinutes", number)} />}
        </Field>
      </div>
      <Field id="sched-video" label={t("video")} tag={t("optional")} error={errors.videoUrl?.message}>
        {(attrs) => <input type="url" inputMode="url" placeholder="https://" {...attrs} {...register("videoUrl")} />}
      </Field>
      <Field id="sched-note" label={t("note")} tag={t("optional")} error={errors.note?.message}>
        {(attrs) => <textarea rows={3} {...attrs} {...register("note")} />}
      </Field>
      <RequestPreview applicationId={applicationId} current={() => getValues()} />
      <button className="button small" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("send")}
      </button>
    </form>
  );
}
