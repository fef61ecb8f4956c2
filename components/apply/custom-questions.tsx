import type { UseFormRegister } from "react-hook-form";
import type { QuestionKind } from "@/db/enums";
import { Field } from "@/components/ui/field";
import type { ApplyFormText } from "@/lib/i18n/apply";
import { answerField } from "@/lib/validations/answers";

/** A custom question with its label in the candidate's language (localised on the server). */
export type FormQuestion = {
  key: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: { key: string; label: string }[];
};

type Props = {
  questions: FormQuestion[];
  t: ApplyFormText;
  register: UseFormRegister<Record<string, unknown>>;
  errorOf: (field: string) => string | undefined;
};

/** The job's own questions; a choice is a group of radio buttons with the question as its legend. */
export function CustomQuestions({ questions, t, register, errorOf }: Props) {
  return (
    <fieldset>
      <legend>{t.sections.questions}</legend>
      {questions.map((q) => {
        const name = answerField(q.key);
        const id = `f-${name}`;
        const error = errorOf(name);
        const tag = q.required ? t.required : t.optional;
        if (q.kind === "short_text" || q.kind === "long_text") {
          return (
            <Field key={q.key} id={id} label={q.label} error={error} tag={tag}>
              {(a) =>
                q.kind === "short_text" ? (
                  <input type="text" maxLength={300} required={q.required} {...a} {...register(name)} />
                ) : (
                  <textarea maxLength={5000} required={q.required} {...a} {...register(name)} />
                )
              }
            </Field>
          );
        }
        const choices =
          q.kind === "yes_no"
            ? [
                { key: "yes", label: t.yes },
                { key: "no", label: t.no },
              ]
            : q.options;
        return (
          <fieldset
            key={q.key}
            className="field choice"
            id={id}
            tabIndex={-1}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend>
              {q.label} <span className="tag">({tag})</span>
            </legend>
            {choices.map((c) => (
              <div className="check" key={c.key}>
                <input id={`${id}-${c.key}`} type="radio" value={c.key} required={q.required} {...register(name)} />
                <label htmlFor={`${id}-${c.key}`}>{c.label}</label>
              </div>
            ))}
            {error && (
              <p className="error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
