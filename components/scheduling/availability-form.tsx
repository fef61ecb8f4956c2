"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { saveAvailabilityAction } from "@/app/staff/account/actions";
import { Field } from "@/components/ui/field";
import { availabilityInput, type AvailabilityInput } from "@/lib/validations/availability";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError: setFieldError,
    formState,
  } = useForm<AvailabilityInput>({
    resolver: zodResolver(availabilityInput),
    defaultValues: initial,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "ranges" });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    setError(null);
    const result = await saveAvailabilityAction(values);
    if (result.ok) return setStatus("Interview hours saved.");
    for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
      setFieldError(field as "timeZone", { message });
    setError(result.message);
  });
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="hours-heading">
      <h3 id="hours-heading" style={{ marginTop: 0 }}>
        Interview hours
      </h3>
      {isDefault && <p className="hint">Not set yet: Monday to Friday, 09:00 to 17:00 is assumed.</p>}
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
      <Field id="hours-zone" label="Your time zone" error={errors.timeZone?.message}>
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
        <legend>Weekly ranges (in your time zone)</legend>
        {errors.ranges?.message && <p className="error">{errors.ranges.message}</p>}
        {fields.length === 0 && <p className="hint">No ranges: candidates cannot book you.</p>}
        {fields.map((f, i) => {
          const e = errors.ranges?.[i];
          return (
            <div key={f.id} className="range-row">
              <Field id={`range-${i}-day`} label="Day" error={e?.day?.message}>
                {(attrs) => (
                  <select {...attrs} defaultValue={String(f.day)} {...register(`ranges.${i}.day`)}>
                    {DAYS.map((d, k) => (
                      <option key={d} value={k + 1}>
                        {d}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`range-${i}-start`} label="From" error={e?.start?.message}>
                {(attrs) => (
                  <input type="time" step={300} defaultValue={f.start} {...attrs} {...register(`ranges.${i}.start`)} />
                )}
              </Field>
              <Field id={`range-${i}-end`} label="To" error={e?.end?.message}>
                {(attrs) => (
                  <input type="time" step={300} defaultValue={f.end} {...attrs} {...register(`ranges.${i}.end`)} />
                )}
              </Field>
              <button
                type="button"
                className="button secondary small"
                onClick={() => remove(i)}
                aria-label={`Remove range ${i + 1}`}
              >
                Remove
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button secondary small"
          onClick={() => append({ day: 1, start: "09:00", end: "17:00" })}
        >
          Add a range
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save hours"}
        </button>
      </div>
    </form>
  );
}
