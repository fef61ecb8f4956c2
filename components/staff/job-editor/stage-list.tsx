"use client";

import { useFieldArray } from "react-hook-form";
import { STAGE_KINDS } from "@/db/enums";
import { STAGE_KIND_TEXT } from "@/lib/stages/process";
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
  const errors = formState.errors;
  const list = useFieldArray({ control, name: "stages", keyName: "fieldId" });
  return (
    <fieldset className="card">
      <legend>Hiring process</legend>
      <p className="hint">
        Candidates see the names and descriptions on the posting and on their status page. A job opens with exactly one
        Decision stage; Hired is reached from the last Offer checks stage, or from the decision when there is none.
      </p>
      <ErrorText errors={errors} path="stages" />
      <ol className="edit-list">
        {list.fields.map((f, i) => {
          const held = f.key ? (occupancy[f.key] ?? 0) : 0;
          const label = `stage ${i + 1}`;
          return (
            <li key={f.fieldId}>
              <fieldset>
                <legend>
                  Stage {i + 1}
                  {held > 0 && (
                    <span className="tag">
                      {" "}
                      ({held} application{held === 1 ? "" : "s"})
                    </span>
                  )}
                </legend>
                <div className="row">
                  <div className="field">
                    <label htmlFor={`job-stages-${i}-staffName`}>Name for staff</label>
                    <input
                      type="text"
                      {...described(errors, `stages.${i}.staffName`)}
                      {...register(`stages.${i}.staffName`)}
                    />
                    <ErrorText errors={errors} path={`stages.${i}.staffName`} />
                  </div>
                  <div className="field">
                    <label htmlFor={`job-stages-${i}-kind`}>Kind</label>
                    <select
                      id={`job-stages-${i}-kind`}
                      aria-describedby={`job-stages-${i}-kind-hint`}
                      {...register(`stages.${i}.kind`)}
                    >
                      {STAGE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {STAGE_KIND_TEXT[k].label}
                        </option>
                      ))}
                    </select>
                    <p className="hint" id={`job-stages-${i}-kind-hint`}>
                      {STAGE_KIND_TEXT[watch(`stages.${i}.kind`) ?? "other"].enables}
                    </p>
                    <ErrorText errors={errors} path={`stages.${i}.kind`} />
                  </div>
                  <div className="field narrow">
                    <label htmlFor={`job-stages-${i}-typicalDays`}>Typical days</label>
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
                  {LANGS.map(({ code, name }) => (
                    <div className="field" key={code}>
                      <label htmlFor={`job-stages-${i}-name-${code}`}>Name for candidates ({name})</label>
                      <input
                        type="text"
                        lang={code}
                        {...described(errors, `stages.${i}.name.${code}`)}
                        {...register(`stages.${i}.name.${code}`)}
                      />
                      <ErrorText errors={errors} path={`stages.${i}.name.${code}`} />
                      <label htmlFor={`job-stages-${i}-description-${code}`}>What happens ({name})</label>
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
                    held > 0
                      ? "Move its applications to another stage before removing it."
                      : list.fields.length === 1
                        ? "A job needs at least one stage."
                        : undefined
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
        Add a stage
      </button>
    </fieldset>
  );
}
