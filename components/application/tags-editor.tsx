"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addTagAction, removeTagAction } from "@/app/staff/applications/[id]/actions";
import { tagInput } from "@/lib/validations/notes";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type In = z.input<typeof tagInput>;
type Out = z.output<typeof tagInput>;

export function TagsEditor({ applicationId, tags }: { applicationId: number; tags: string[] }) {
  const t = useTranslations("application.tags");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState,
  } = useForm<In, unknown, Out>({
    resolver: useSchemaResolver(tagInput),
    defaultValues: { tag: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await addTagAction({ applicationId, tag: values.tag });
    if (result.ok) return reset({ tag: "" });
    if (result.fieldErrors?.tag) setFieldError("tag", { message: result.fieldErrors.tag });
    else setError(result.message);
  });
  const remove = (tag: string) =>
    start(async () => {
      setError(null);
      const result = await removeTagAction({ applicationId, tag });
      if (!result.ok) setError(result.message);
    });
  return (
    <section className="card" aria-labelledby="tags-heading">
      <h2 id="tags-heading">{t("heading")}</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {tags.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <ul className="tag-list" aria-label={t("label")}>
          {tags.map((tag) => (
            <li key={tag}>
              <span className="tag-chip">{tag}</span>
              <button
                type="button"
                className="tag-remove"
                disabled={pending}
                onClick={() => remove(tag)}
                aria-label={t("remove", { tag })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form tag-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="new-tag">{t("add")}</label>
          <input
            id="new-tag"
            type="text"
            autoComplete="off"
            aria-invalid={errors.tag ? true : undefined}
            aria-describedby={errors.tag ? "new-tag-error" : undefined}
            {...register("tag")}
          />
          {errors.tag && (
            <p className="error" id="new-tag-error">
              {errors.tag.message}
            </p>
          )}
        </div>
        <button className="button small" type="submit" disabled={isSubmitting}>
          {t("addButton")}
        </button>
      </form>
    </section>
  );
}
