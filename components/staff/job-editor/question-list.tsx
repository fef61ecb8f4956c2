"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { QUESTION_KINDS } from "@/db/enums";
import { MAX_QUESTIONS } from "@/lib/validations/job";
import { described, ErrorText, ItemButtons, LANGS, type JobForm } from "./form-kit";
import { RejectionReasonOptions } from "@/components/ui/rejection-reason-options";

const blank = () => ({
  kind: "short_text" as const,
  label: { en: "", sv: "" },
  required: false,
  options: [],
  knockoutAnswer: "" as const,
  knockoutReason: "must_haves" as const,
  knockoutMessage: { en: "", sv: "" },
});

function Options({ form, q }: { form: JobForm; q: number }) {
  const { register, formState, control } = form;
  const errors = formState.errors;
  const t = useTranslations("jobAdmin");
  const list = useFieldArray({ control, name: `questions.${q}.options`, keyName: "fieldId" });
  return (
    <fieldset>
      <legend>{t("questions.options")}</legend>
      <ErrorText errors={errors} path={`questions.${q}.options`} />
      {list.fields.map((f, i) => (
        <div className="row" key={f.fieldId}>
          {LANGS.map((code) => (
            <div className="field" key={code}>
              <label htmlFor={`job-questions-${q}-options-${i}-label-${code}`}>
                {t("questions.option", { number: i + 1, language: t(`languages.${code}`) })}
              </label>
              <input
                type="text"
                lang={code}
                {...described(errors, `questions.${q}.options.${i}.label.${code}`)}
                {...register(`questions.${q}.options.${i}.label.${code}`)}
              />
              <ErrorText errors={errors} path={`questions.${q}.options.${i}.label.${code}`} />
            </div>
          ))}
          <div className="check">
            <input
              id={`job-questions-${q}-options-${i}-knockout`}
              type="checkbox"
              {...register(`questions.${q}.options.${i}.knockout`)}
            />
            <label htmlFor={`job-questions-${q}-options-${i}-knockout`}>{t("questions.knockout")}</label>
          </div>
          <button type="button" className="button secondary small" onClick={() => list.remove(i)}>
            {t("items.remove")}
            <span className="visually-hidden">{t("questions.optionItem", { number: i + 1 })}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button secondary small"
        onClick={() => list.append({ label: { en: "", sv: "" }, knockout: false })}
      >
        {t("questions.addOption")}
      </button>
    </fieldset>
  );
}

function Question({
  form,
  i,
  count,
  onMove,
  onRemove,
}: {
  form: JobForm;
  i: number;
  count: number;
  onMove: (a: number, b: number) => void;
  onRemove: () => void;
}) {
  const { register, formState, control } = form;
  const t = useTranslations("jobAdmin");
  const errors = formState.errors;
  const q = useWatch({ control, name: `questions.${i}` });
  const knockout =
    q?.kind === "yes_no"
      ? Boolean(q.knockoutAnswer)
      : q?.kind === "single_choice" && (q.options ?? []).some((o) => o?.knockout);
  return (
    <fieldset>
      <legend>{t("questions.question", { number: i + 1 })}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`job-questions-${i}-kind`}>{t("questions.kind")}</label>
          <select {...described(errors, `questions.${i}.kind`)} {...register(`questions.${i}.kind`)}>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`questions.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="check">
          <input id={`job-questions-${i}-required`} type="checkbox" {...register(`questions.${i}.required`)} />
          <label htmlFor={`job-questions-${i}-required`}>{t("questions.required")}</label>
        </div>
      </div>
      <div className="row">
        {LANGS.map((code) => (
          <div className="field" key={code}>
            <label htmlFor={`job-questions-${i}-label-${code}`}>
              {t("questions.label", { language: t(`languages.${code}`) })}
            </label>
            <input
              type="text"
              lang={code}
              {...described(errors, `questions.${i}.label.${code}`)}
              {...register(`questions.${i}.label.${code}`)}
            />
            <ErrorText errors={errors} path={`questions.${i}.label.${code}`} />
          </div>
        ))}
      </div>
      {q?.kind === "single_choice" && <Options form={form} q={i} />}
      {q?.kind === "yes_no" && (
        <div className="field">
          <label htmlFor={`job-questions-${i}-knockoutAnswer`}>{t("questions.knockout")}</label>
          <select
            {...described(errors, `questions.${i}.knockoutAnswer`)}
            {...register(`questions.${i}.knockoutAnswer`)}
          >
            <option value="">{t("questions.noKnockout")}</option>
            <option value="yes">{t("questions.rejectYes")}</option>
            <option value="no">{t("questions.rejectNo")}</option>
          </select>
        </div>
      )}
      {knockout && (
        <div className="knockout">
          <p className="hint">{t("questions.knockoutHint")}</p>
          <div className="field">
            <label htmlFor={`job-questions-${i}-knockoutReason`}>{t("questions.reason")}</label>
            <select
              {...described(errors, `questions.${i}.knockoutReason`)}
              {...register(`questions.${i}.knockoutReason`)}
            >
              <RejectionReasonOptions />
            </select>
          </div>
          <div className="row">
            {LANGS.map((code) => (
              <div className="field" key={code}>
                <label htmlFor={`job-questions-${i}-knockoutMessage-${code}`}>
                  {t("questions.message", { language: t(`languages.${code}`) })}
                </label>
                <textarea
                  rows={3}
                  lang={code}
                  {...described(errors, `questions.${i}.knockoutMessage.${code}`)}
                  {...register(`questions.${i}.knockoutMessage.${code}`)}
                />
                <ErrorText errors={errors} path={`questions.${i}.knockoutMessage.${code}`} />
              </div>
            ))}
          </div>
        </div>
      )}
      <ItemButtons
        index={i}
        count={count}
        label={t("questions.item", { number: i + 1 })}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}

/** The apply form's own questions, after the built-in ones (name, email, country, CV, links...). */
export function QuestionList({ form }: { form: JobForm }) {
  const t = useTranslations("jobAdmin.questions");
  const list = useFieldArray({ control: form.control, name: "questions", keyName: "fieldId" });
  return (
    <fieldset className="card">
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint", { max: MAX_QUESTIONS })}</p>
      <ErrorText errors={form.formState.errors} path="questions" />
      <ol className="edit-list">
        {list.fields.map((f, i) => (
          <li key={f.fieldId}>
            <Question form={form} i={i} count={list.fields.length} onMove={list.move} onRemove={() => list.remove(i)} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button secondary small"
        disabled={list.fields.length >= MAX_QUESTIONS}
        onClick={() => list.append(blank())}
      >
        {t("add")}
      </button>
    </fieldset>
  );
}
