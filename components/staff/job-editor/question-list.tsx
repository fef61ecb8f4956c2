"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { MAX_QUESTIONS, QUESTION_KIND_LABELS } from "@/lib/validations/job";
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
  const list = useFieldArray({ control, name: `questions.${q}.options`, keyName: "fieldId" });
  return (
    <fieldset>
      <legend>Answers to choose from</legend>
      <ErrorText errors={errors} path={`questions.${q}.options`} />
      {list.fields.map((f, i) => (
        <div className="row" key={f.fieldId}>
          {LANGS.map(({ code, name }) => (
            <div className="field" key={code}>
              <label htmlFor={`job-questions-${q}-options-${i}-label-${code}`}>
                Option {i + 1} ({name})
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
            <label htmlFor={`job-questions-${q}-options-${i}-knockout`}>Knockout</label>
          </div>
          <button type="button" className="button secondary small" onClick={() => list.remove(i)}>
            Remove<span className="visually-hidden"> option {i + 1}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button secondary small"
        onClick={() => list.append({ label: { en: "", sv: "" }, knockout: false })}
      >
        Add an option
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
  const errors = formState.errors;
  const q = useWatch({ control, name: `questions.${i}` });
  const knockout =
    q?.kind === "yes_no"
      ? Boolean(q.knockoutAnswer)
      : q?.kind === "single_choice" && (q.options ?? []).some((o) => o?.knockout);
  return (
    <fieldset>
      <legend>Question {i + 1}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`job-questions-${i}-kind`}>Kind</label>
          <select {...described(errors, `questions.${i}.kind`)} {...register(`questions.${i}.kind`)}>
            {Object.entries(QUESTION_KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="check">
          <input id={`job-questions-${i}-required`} type="checkbox" {...register(`questions.${i}.required`)} />
          <label htmlFor={`job-questions-${i}-required`}>Required</label>
        </div>
      </div>
      <div className="row">
        {LANGS.map(({ code, name }) => (
          <div className="field" key={code}>
            <label htmlFor={`job-questions-${i}-label-${code}`}>Question ({name})</label>
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
          <label htmlFor={`job-questions-${i}-knockoutAnswer`}>Knockout</label>
          <select
            {...described(errors, `questions.${i}.knockoutAnswer`)}
            {...register(`questions.${i}.knockoutAnswer`)}
          >
            <option value="">No knockout</option>
            <option value="yes">Reject when the answer is Yes</option>
            <option value="no">Reject when the answer is No</option>
          </select>
        </div>
      )}
      {knockout && (
        <div className="knockout">
          <p className="hint">
            A knockout answer rejects the application automatically, after the same delay as a person&apos;s decision;
            until then the team can move it on instead. The candidate gets this message with the rejection.
          </p>
          <div className="field">
            <label htmlFor={`job-questions-${i}-knockoutReason`}>Reason (for the team and the reports)</label>
            <select
              {...described(errors, `questions.${i}.knockoutReason`)}
              {...register(`questions.${i}.knockoutReason`)}
            >
              <RejectionReasonOptions />
            </select>
          </div>
          <div className="row">
            {LANGS.map(({ code, name }) => (
              <div className="field" key={code}>
                <label htmlFor={`job-questions-${i}-knockoutMessage-${code}`}>Message to the candidate ({name})</label>
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
      <ItemButtons index={i} count={count} label={`question ${i + 1}`} onMove={onMove} onRemove={onRemove} />
    </fieldset>
  );
}

/** The apply form's own questions, after the built-in ones (name, email, country, CV, links...). */
export function QuestionList({ form }: { form: JobForm }) {
  const list = useFieldArray({ control: form.control, name: "questions", keyName: "fieldId" });
  return (
    <fieldset className="card">
      <legend>Apply-form questions</legend>
      <p className="hint">
        Every form asks for name, email, country, a CV or links, a note, how they would like to show their skills, and
        where they heard of us. Add up to {MAX_QUESTIONS} questions of your own.
      </p>
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
        Add a question
      </button>
    </fieldset>
  );
}
