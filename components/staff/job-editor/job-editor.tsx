"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { createJobAction, updateJobAction } from "@/app/staff/jobs/actions";
import { jobInput, type JobData, type JobInput } from "@/lib/validations/job";
import { AttributeList } from "./attribute-list";
import { ContentFields } from "./content-fields";
import { FactsFields, type Country, type StaffChoice } from "./facts-fields";
import { allErrors, described, ErrorText } from "./form-kit";
import { QuestionList } from "./question-list";
import { StageList } from "./stage-list";
import "./job-editor.css";
import { JOB_FIELD_ERRORS } from "@/components/staff/job-status-control";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Props = {
  /** The job's slug as stored; absent for a new job. */
  currentSlug?: string;
  values: JobInput;
  occupancy: Record<string, number>;
  euCountries: Country[];
  allCountries: Country[];
  staff: StaffChoice[];
};

/** The whole job in one form: checked in the browser with the server's own schema, saved in one go. */
export function JobEditor({ currentSlug, values, occupancy, euCountries, allCountries, staff }: Props) {
  const t = useTranslations("jobAdmin.editor");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<JobInput, unknown, JobData>({
    resolver: useSchemaResolver(jobInput),
    defaultValues: values,
    mode: "onTouched",
  });
  const { register, handleSubmit, formState, setError } = form;
  const summary = allErrors(formState.errors);

  // A refused status change names fields of this form (the stages): shown beside them here too.
  useEffect(() => {
    const show = (event: Event) => {
      for (const [name, message] of Object.entries((event as CustomEvent<Record<string, string>>).detail))
        setError(name as Path<JobInput>, { type: "server", message });
    };
    window.addEventListener(JOB_FIELD_ERRORS, show);
    return () => window.removeEventListener(JOB_FIELD_ERRORS, show);
  }, [setError]);

  useEffect(() => {
    if (formError || (formState.submitCount > 0 && summary.length > 0))
      document.getElementById("job-error-summary")?.focus();
  }, [formError, formState.submitCount, summary.length]);

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // The server parses the same schema again, so it gets the form's values as typed.
    const data = form.getValues();
    const result = currentSlug ? await updateJobAction({ currentSlug, job: data }) : await createJobAction(data);
    if (result.ok) {
      router.push(`/staff/jobs/${result.data.slug}/edit?saved=1`);
      router.refresh();
      return;
    }
    // The server names each field by its whole path (`stages.2.name`); an update's sit under `job.`.
    const fields = Object.entries(result.fieldErrors ?? {}).map(
      ([name, message]) => [name.replace(/^job\./, ""), message] as const,
    );
    for (const [name, message] of fields) setError(name as Path<JobInput>, { type: "server", message });
    setFormError(fields.length ? fields.map(([, m]) => m).join(" ") : result.message);
  });

  return (
    <form className="form job-editor" onSubmit={onSubmit} noValidate>
      {(formError || (formState.submitCount > 0 && summary.length > 0)) && (
        <div className="error-summary" id="job-error-summary" role="alert" tabIndex={-1}>
          <h2>{formError ? t("notSaved") : t("correct", { count: summary.length })}</h2>
          {formError && <p>{formError}</p>}
          <ul>
            {summary.map((e) => (
              <li key={e.id + e.message}>
                <a href={`#${e.id}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="card">
        <legend>{t("address")}</legend>
        <div className="field">
          <label htmlFor="job-slug">{t("slug")}</label>
          <p className="hint" id="job-slug-hint">
            {t.rich("slugHint", { em: (chunks) => <em>{chunks}</em> })}
          </p>
          <input type="text" autoComplete="off" {...described(formState.errors, "slug")} {...register("slug")} />
          <ErrorText errors={formState.errors} path="slug" />
        </div>
      </fieldset>
      <ContentFields form={form} />
      <FactsFields form={form} euCountries={euCountries} allCountries={allCountries} staff={staff} />
      <StageList form={form} occupancy={occupancy} />
      <AttributeList form={form} />
      <QuestionList form={form} />
      <div className="actions sticky-actions">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : currentSlug ? t("saveChanges") : t("createDraft")}
        </button>
      </div>
    </form>
  );
}
