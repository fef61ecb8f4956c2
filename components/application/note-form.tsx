"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/validated-action";
import { noteInput, type NoteInput } from "@/lib/validations/notes";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Props = {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  helpId?: string;
  onSave: (body: string) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
  onCancel?: () => void;
};

/** The add and the edit form of a note: the same schema as the server, the same field errors. */
export function NoteForm({ id, label, submitLabel, initial = "", helpId, onSave, onDone, onCancel }: Props) {
  const t = useTranslations("common");
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState,
  } = useForm<NoteInput>({
    resolver: useSchemaResolver(noteInput),
    defaultValues: { body: initial },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async ({ body }) => {
    setError(null);
    const result = await onSave(body);
    if (result.ok) {
      reset({ body: "" });
      return onDone?.();
    }
    if (result.fieldErrors?.body) setFieldError("body", { message: result.fieldErrors.body });
    else setError(result.message);
  });
  const describedBy = [errors.body ? `${id}-error` : null, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <form className="note-form" onSubmit={onSubmit} noValidate>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          rows={4}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy}
          {...register("body")}
        />
        {errors.body && (
          <p className="error" id={`${id}-error`}>
            {errors.body.message}
          </p>
        )}
      </div>
      <div className="actions">
        <button className="button small" type="submit" disabled={isSubmitting}>
          {submitLabel}
        </button>
        {onCancel && (
          <button className="button small secondary" type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
