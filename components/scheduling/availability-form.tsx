"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { saveAvailabilityAction } from "@/app/staff/account/actions";
import { Field } from "@/components/ui/field";
import { availabilityInput, type AvailabilityInput } from "@/lib/validations/availability";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Time zone and weekly interview hours, several ranges a day; candidates are offered only these. */
export function AvailabilityForm({
  initial,
  timeZones,
  isDefault,
}: {
  initial: AvailabilityInput;
  timeZones: string[];
  isDefault: boolean;
}) {
  const t = useTranslations("scheduling.hours");
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError: setFieldError,
    formState,
  } = useForm<AvailabilityInput>({
    resolver: useSchemaResolver(availabilityInput),
    defaultValues: initial,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "ranges" });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    setError(null);
    const result = await saveAvailabilityAction(values);
    if (result.ok) return setStatus(t("saved"));
    for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
      setFieldError(field as "timeZone", { message });
    setError(result.message);
  });
  return (
    <form className="card form availability-form" onSubmit={onSubmit} noValidate aria-labelledby="hours-heading">
      <h3 id="hours-heading" style={{ marginTop: 0 }}>
        {t("heading")}
      </h3>
      {isDefault && <p className="hint">{t("notSet")}</p>}
      {status && (
        <p className="notice" role="status">
          {status}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Field id="hours-zone" label={t("timeZone")} error={errors.timeZone?.message}>
        {(attrs) => (
          <select {...attrs} defaultValue={initial.timeZone} {...register("timeZone")}>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t("ranges")}</legend>
        {errors.ranges?.message && <p className="error">{errors.ranges.message}</p>}
        {fields.length === 0 && <p className="hint">{t("noRanges")}</p>}
        {fields.map((f, i) => {
          const e = errors.ranges?.[i];
          return (
            <div key={f.id} className="range-row">
              <Field id={`range-${i}-day`} label={t("day")} error={e?.day?.message}>
                {(attrs) => (
                  <select {...attrs} defaultValue={String(f.day)} {...register(`ranges.${i}.day`)}>
                    {DAYS.map((d) => (
                      <option key={d} value={d}>
                        {t(`days.${d}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`range-${i}-start`} label={t("from")} error={e?.start?.message}>
                {(attrs) => (
                  <input type="time" step={300} defaultValue={f.start} {...attrs} {...register(`ranges.${i}.start`)} />
                )}
              </Field>
              <Field id={`range-${i}-end`} label={t("to")} error={e?.end?.message}>
                {(attrs) => (
                  <input type="time" step={300} defaultValue={f.end} {...attrs} {...register(`ranges.${i}.end`)} />
                )}
              </Field>
              <button
                type="button"
                className="button secondary small"
                onClick={() => remove(i)}
                aria-label={t("removeRange", { number: i + 1 })}
              >
                {t("remove")}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button secondary small"
          onClick={() => append({ day: 1, start: "09:00", end: "17:00" })}
        >
          {t("add")}
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
