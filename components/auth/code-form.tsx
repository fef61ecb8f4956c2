"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { codeInput } from "@/lib/validations/auth";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Values = z.input<typeof codeInput>;

/** One code from an authenticator app (or a recovery code), sent to `submit`. */
export function CodeForm({
  id,
  label,
  hint,
  button,
  next,
  submit,
}: {
  id: string;
  label: string;
  hint?: string;
  button: string;
  next?: string;
  submit: (values: Values) => Promise<{ message?: string } | void>;
}) {
  const t = useTranslations("auth");
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: useSchemaResolver(codeInput), defaultValues: { next } });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await submit(values);
    if (result?.message) setMessage(result.message);
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {message && (
        <div className="error-summary" role="alert">
          <h2>{message}</h2>
        </div>
      )}
      <Field id={id} label={label} hint={hint} error={errors.code?.message}>
        {(attrs) => (
          <input
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            {...attrs}
            {...register("code")}
          />
        )}
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("checking") : button}
        </button>
      </div>
    </form>
  );
}
