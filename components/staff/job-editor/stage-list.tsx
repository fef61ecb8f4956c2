"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { STAGE_KINDS } from "@/db/enums";
import { described, ErrorText, ItemButtons, LANGS, type JobForm } from "./form-kit";

const blank = {
  staffName: "",
  kind: "interview" as const,
  name: { en: "", sv: "" },
  description: { en: "", sv: "" },
  typicalDays: 5,
};

/**
 * The hiring process. Existing stages keep their keys whatever their new name or place; a stage
 * that holds applications cannot be removed. Each stage's kind says what it enables.
 */
export function StageList({ form, occupancy }: { form: JobForm; occupancy: Record<string, number> }) {
  const { register, formState, control, watch } = form;
  const t = useTranslations("jobAdmin.stages");
  const languages = useTranslations("jobAdmin.languages");
  const errors = formState.errors;
  const list = useFieldArray({ control, name: "stages", keyName: "fieldId" });
  return (
    <fieldset className="card">
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint")}</p>
      <ErrorText errors={errors} path="stages" />
      <ol className="edit-list">
        {list.fields.map((f, i) => {
          const held = f.key ? (occupancy[f.key] ?? 0) : 0;
          const label = t("item", { number: i + 1 });
          return (
            <li key={f.fieldId}>
              <fieldset>
                <legend>
                  {t("stage", { number: i + 1 })}
                  {held > 0 && <span className="tag"> {t("held", { count: held })}</span>}
                </legend>
                <div className="row">
                  <div className="field">
                    <label htmlFor={`job-stages-${i}-staffName`}>{t("staffName")}</label>
                    <input
                      type="text"
                      {...described(errors, `stages.${i}.staffName`)}
                      {...register(`stages.${i}.staffName`)}
                    />
                    <ErrorText errors={errors} path={`stages.${i}.staffName`} />
                  </div>
                  <div className="field">
                    <label htmlFor={`job-stages-${i}-kind`}>{t("kind")}</label>
                    <select
                      id={`job-stages-${i}-kind`}
                      aria-describedby={`job-stages-${i}-kind-hint`}
                      {...register(`stages.${i}.kind`)}
                    >
                      {STAGE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                    <p className="hint" id={`job-stages-${i}-kind-hint`}>
                      {t(`enables.${watch(`stages.${i}.kind`) ?? "other"}`)}
                    </p>
                    <ErrorText errors={errors} path={`stages.${i}.kind`} />
                  </div>
                  <div className="field narrow">
                    <label htmlFor={`job-stages-${i}-typicalDays`}>{t("typicalDays")}</label>
                    <input
                      type="number"
                      min={1}
                      max={90}
                      {...described(errors, `stages.${i}.typicalDays`)}
                      {...register(`stages.${i}.typicalDays`, { valueAsNumber: true })}
                    />
                    <ErrorText errors={errors} path={`stages.${i}.typicalDays`} />
                  </div>
                </div>
                <div className="row">
                  {LANGS.map((code) => (
                    <div className="field" key={code}>
                      <label htmlFor={`job-stages-${i}-name-${code}`}>{t("name", { language: languages(code) })}</label>
                      <input
                        type="text"
                        lang={code}
                        {...described(errors, `stages.${i}.name.${code}`)}
                        {...register(`stages.${i}.name.${code}`)}
                      />
                      <ErrorText errors={errors} path={`stages.${i}.name.${code}`} />
                      <label htmlFor={`job-stages-${i}-description-${code}`}>
                        {t("description", { language: languages(code) })}
                      </label>
                      <textarea
                        rows={2}
                        lang={code}
                        {...described(errors, `stages.${i}.description.${code}`)}
                        {...register(`stages.${i}.description.${code}`)}
                      />
                      <ErrorText errors={errors} path={`stages.${i}.description.${code}`} />
                    </div>
                  ))}
                </div>
                <ItemButtons
                  index={i}
                  count={list.fields.length}
                  label={label}
                  onMove={list.move}
                  onRemove={() => list.remove(i)}
                  removeBlockedBecause={
                    held > 0 ? t("holdsApplications") : list.fields.length === 1 ? t("lastStage") : undefined
                  }
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button secondary small"
        onClick={() => list.append({ ...blank, name: { ...blank.name }, description: { ...blank.description } })}
      >
        {t("add")}
      </button>
    </fieldset>
  );
}
