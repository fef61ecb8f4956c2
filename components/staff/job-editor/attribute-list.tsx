"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { described, ErrorText, ItemButtons, type JobForm } from "./form-kit";

/** What interviewers rate on the scorecard for this job. */
export function AttributeList({ form }: { form: JobForm }) {
  const { register, formState, control } = form;
  const t = useTranslations("jobAdmin.attributes");
  const errors = formState.errors;
  const list = useFieldArray({ control, name: "attributes", keyName: "fieldId" });
  return (
    <fieldset className="card">
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint")}</p>
      <ErrorText errors={errors} path="attributes" />
      <ol className="edit-list">
        {list.fields.map((f, i) => (
          <li key={f.fieldId}>
            <div className="row">
              <div className="field">
                <label htmlFor={`job-attributes-${i}-label`}>{t("attribute", { number: i + 1 })}</label>
                <input
                  type="text"
                  {...described(errors, `attributes.${i}.label`)}
                  {...register(`attributes.${i}.label`)}
                />
                <ErrorText errors={errors} path={`attributes.${i}.label`} />
              </div>
              <div className="field wide">
                <label htmlFor={`job-attributes-${i}-description`}>{t("description")}</label>
                <input
                  type="text"
                  {...described(errors, `attributes.${i}.description`)}
                  {...register(`attributes.${i}.description`)}
                />
                <ErrorText errors={errors} path={`attributes.${i}.description`} />
              </div>
              <div className="check">
                <input id={`job-attributes-${i}-optional`} type="checkbox" {...register(`attributes.${i}.optional`)} />
                <label htmlFor={`job-attributes-${i}-optional`}>{t("optional")}</label>
              </div>
            </div>
            <ItemButtons
              index={i}
              count={list.fields.length}
              label={t("item", { number: i + 1 })}
              onMove={list.move}
              onRemove={() => list.remove(i)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button secondary small"
        onClick={() => list.append({ label: "", description: "", optional: false })}
      >
        {t("add")}
      </button>
    </fieldset>
  );
}
