"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { useForm, useWatch, type FieldError, type Resolver } from "react-hook-form";
import { confirmationPath } from "@/lib/applications/confirmation";
import type { ApplyFormText } from "@/lib/i18n/apply";
import { fillErrorText } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import {
  APPLICATION_FIELDS,
  applicationInput,
  SOURCES,
  type ApplicationData,
  type ApplicationInput,
} from "@/lib/validations/application";
import { Field } from "@/components/ui/field";
import { answerField, checkAnswers } from "@/lib/validations/answers";
import { CustomQuestions, type FormQuestion } from "./custom-questions";

type Country = { code: string; name: string };
type Props = {
  slug: string;
  locale: Locale;
  /** The form's words, prepared on the server (applyFormText). */
  text: ApplyFormText;
  euCountries: Country[];
  otherCountries: Country[];
  consentText: string;
  futureRolesText: string;
  privacy: ReactNode;
  questions?: FormQuestion[];
};
type Values = Omit<ApplicationInput, "cv"> & { cv?: FileList };
type FieldName = string;

const zod = zodResolver(applicationInput);
const noop = () => () => {};
/**
 * The browser holds a FileList; the shared schema checks the one file in it. The job's own
 * questions are checked by the same plain function the server uses, so every error shows at once.
 */
function makeResolver(questions: FormQuestion[]): Resolver<Values, unknown, ApplicationData> {
  return async (values, context, options) => {
    const result = (await zod({ ...values, cv: values.cv?.[0] }, context, options as never)) as {
      values: ApplicationData;
      errors: Record<string, unknown>;
    };
    const { codes } = checkAnswers(questions, values as Record<string, unknown>);
    if (Object.keys(codes).length === 0) return result as never;
    const errors = { ...result.errors };
    for (const [field, code] of Object.entries(codes)) errors[field] = { type: "custom", message: code };
    return { values: {}, errors } as never;
  };
}

/**
 * The application form. With JavaScript it validates as you go and posts with fetch; without it,
 * the same form posts to the same API, which answers with a page.
 */
export function ApplyForm({
  slug,
  locale,
  text: t,
  euCountries,
  otherCountries,
  consentText,
  futureRolesText,
  privacy,
  questions = [],
}: Props) {
  // False in the server's HTML, so browsers without JavaScript keep their native validation.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo(() => makeResolver(questions), [questions]);
  // The form's fields in page order: the job's questions sit between "your work" and "anything else".
  const fieldOrder = useMemo(() => {
    const at = APPLICATION_FIELDS.indexOf("note");
    return [
      ...APPLICATION_FIELDS.slice(0, at),
      ...questions.map((q) => answerField(q.key)),
      ...APPLICATION_FIELDS.slice(at),
    ];
  }, [questions]);
  const questionLabel = (name: string) => questions.find((q) => answerField(q.key) === name)?.label;
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<Values, unknown, ApplicationData>({
    resolver,
    mode: "onTouched",
    // We focus the first invalid field in the form's order ourselves (registration order differs).
    shouldFocusError: false,
    defaultValues: { locale, privacyConsent: false, futureRolesConsent: false, country: "", source: "" },
  });

  const countryCode = useWatch({ control, name: "country" });
  const countryLabel = [...euCountries, ...otherCountries].find((c) => c.code === countryCode)?.name;
  const message = (err: FieldError | undefined) => {
    if (!err?.message) return undefined;
    if (err.type === "server") return err.message;
    return fillErrorText(t.errors, err.message, countryLabel);
  };
  const errorOf = (name: string) => message((errors as Record<string, FieldError | undefined>)[name]);
  const fieldErrors = fieldOrder
    .map((name) => [name, errorOf(name)] as const)
    .filter((e): e is readonly [FieldName, string] => Boolean(e[1]));

  useEffect(() => {
    if (formError) document.getElementById("error-summary")?.focus();
  }, [formError]);

  const focusFirst = (invalid: Partial<Record<string, unknown>>) => {
    const first = fieldOrder.find((f) => invalid[f]);
    if (first) setFocus(first as keyof Values);
  };

  const onSubmit = handleSubmit(async (_data, event) => {
    setFormError(null);
    const form = event?.target;
    if (!(form instanceof HTMLFormElement)) return;
    let response: Response;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
      });
    } catch {
      setFormError(t.network);
      return;
    }
    if (response.status === 201) {
      window.location.assign(confirmationPath(locale, slug));
      return;
    }
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Record<string, string> };
    const serverErrors = Object.entries(body.errors ?? {}).filter(([k]) => fieldOrder.includes(k));
    if (serverErrors.length === 0) {
      setFormError(body.message ?? t.network);
      return;
    }
    for (const [name, text] of serverErrors) setError(name as keyof Values, { type: "server", message: text });
    focusFirst(body.errors ?? {});
  }, focusFirst);

  const countryOptions = (list: Country[]) =>
    list.map((c) => (
      <option key={c.code} value={c.code}>
        {c.name}
      </option>
    ));

  return (
    <form
      className="form"
      method="post"
      action={`/api/jobs/${slug}/applications`}
      encType="multipart/form-data"
      noValidate={hydrated}
      onSubmit={onSubmit}
    >
      <input type="hidden" value={locale} {...register("locale")} />
      {(formError || (submitCount > 0 && fieldErrors.length > 0)) && (
        <div className="error-summary" id="error-summary" role="alert" tabIndex={-1}>
          <h2>{formError ?? t.errorSummaries[fieldErrors.length] ?? t.errorSummaries.at(-1)}</h2>
          {!formError && (
            <ul>
              {fieldErrors.map(([name, text]) => (
                <li key={name}>
                  <a href={`#f-${name}`}>
                    {t.shortLabels[name] ?? t.labels[name as keyof typeof t.labels] ?? questionLabel(name) ?? name}
                  </a>
                  : {text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset>
        <legend>{t.sections.you}</legend>
        <Field
          id="f-fullName"
          label={t.labels.fullName}
          hint={t.hints.fullName}
          error={message(errors.fullName)}
          tag={t.required}
        >
          {(a) => <input type="text" autoComplete="name" maxLength={200} required {...a} {...register("fullName")} />}
        </Field>
        <Field id="f-email" label={t.labels.email} hint={t.hints.email} error={message(errors.email)} tag={t.required}>
          {(a) => <input type="email" autoComplete="email" maxLength={254} required {...a} {...register("email")} />}
        </Field>
        <Field id="f-phone" label={t.labels.phone} error={message(errors.phone)} tag={t.optional}>
          {(a) => <input type="tel" autoComplete="tel" maxLength={40} {...a} {...register("phone")} />}
        </Field>
        <Field
          id="f-country"
          label={t.labels.country}
          hint={t.hints.country}
          error={message(errors.country)}
          tag={t.required}
        >
          {(a) => (
            <select autoComplete="country" required {...a} {...register("country")}>
              <option value="">{t.chooseCountry}</option>
              <optgroup label={t.euGroup}>{countryOptions(euCountries)}</optgroup>
              <optgroup label={t.otherGroup}>{countryOptions(otherCountries)}</optgroup>
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t.sections.work}</legend>
        <p className="hint">{t.hints.links}</p>
        <Field
          id="f-cv"
          label={t.labels.cv}
          hint={t.hints.cv}
          error={message(errors.cv as FieldError | undefined)}
          tag={t.optional}
        >
          {(a) => (
            <input
              type="file"
              accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
              {...a}
              {...register("cv")}
            />
          )}
        </Field>
        <Field id="f-linkedinUrl" label={t.labels.linkedinUrl} error={message(errors.linkedinUrl)} tag={t.optional}>
          {(a) => (
            <input
              type="url"
              inputMode="url"
              placeholder="https://www.linkedin.com/in/…"
              {...a}
              {...register("linkedinUrl")}
            />
          )}
        </Field>
        <Field id="f-githubUrl" label={t.labels.githubUrl} error={message(errors.githubUrl)} tag={t.optional}>
          {(a) => (
            <input type="url" inputMode="url" placeholder="https://github.com/…" {...a} {...register("githubUrl")} />
          )}
        </Field>
        <Field id="f-portfolioUrl" label={t.labels.portfolioUrl} error={message(errors.portfolioUrl)} tag={t.optional}>
          {(a) => <input type="url" inputMode="url" placeholder="https://…" {...a} {...register("portfolioUrl")} />}
        </Field>
      </fieldset>

      {questions.length > 0 && (
        <CustomQuestions questions={questions} t={t} register={register as never} errorOf={errorOf} />
      )}

      <fieldset>
        <legend>{t.sections.more}</legend>
        <Field id="f-note" label={t.labels.note} hint={t.hints.note} error={message(errors.note)} tag={t.optional}>
          {(a) => <textarea maxLength={5000} {...a} {...register("note")} />}
        </Field>
        <Field
          id="f-showSkills"
          label={t.labels.showSkills}
          hint={t.hints.showSkills}
          error={message(errors.showSkills)}
          tag={t.optional}
        >
          {(a) => <textarea maxLength={2000} {...a} {...register("showSkills")} />}
        </Field>
        <Field id="f-source" label={t.labels.source} error={message(errors.source)} tag={t.optional}>
          {(a) => (
            <select {...a} {...register("source")}>
              <option value="">{t.chooseSource}</option>
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t.sources[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t.sections.privacy}</legend>
        {privacy}
        <div className="field">
          <div className="check">
            <input
              id="f-privacyConsent"
              type="checkbox"
              required
              aria-invalid={errors.privacyConsent ? true : undefined}
              aria-describedby={errors.privacyConsent ? "f-privacyConsent-error" : undefined}
              {...register("privacyConsent")}
            />
            <label htmlFor="f-privacyConsent">
              {consentText} <span className="tag">({t.required})</span>
            </label>
          </div>
          {errors.privacyConsent && (
            <p className="error" id="f-privacyConsent-error">
              {message(errors.privacyConsent)}
            </p>
          )}
        </div>
        <div className="check">
          <input id="f-futureRolesConsent" type="checkbox" {...register("futureRolesConsent")} />
          <label htmlFor="f-futureRolesConsent">
            {futureRolesText} <span className="tag">({t.optional})</span>
          </label>
        </div>
      </fieldset>

      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}
