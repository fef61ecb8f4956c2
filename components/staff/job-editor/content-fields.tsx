"use client";

import { described, ErrorText, LANGS, type JobForm } from "./form-kit";
import { MarkdownField } from "./markdown-field";

type TextKey = "title" | "team" | "summary" | "startNote";
const FIELDS: { key: TextKey; label: string; long?: boolean }[] = [
  { key: "title", label: "Title" },
  { key: "team", label: "Team" },
  { key: "summary", label: "Summary (shown on the careers page)", long: true },
  { key: "startNote", label: "Start" },
];

/** The posting's words, in English and in Swedish, side by side in two fieldsets. */
export function ContentFields({ form }: { form: JobForm }) {
  const { register, formState } = form;
  return (
    <>
      {LANGS.map(({ code, name }) => (
        <fieldset key={code} className="card" lang={code}>
          <legend>Posting in {name}</legend>
          {FIELDS.map(({ key, label, long }) => {
            const path = `content.${code}.${key}` as const;
            const attrs = described(formState.errors, path);
            return (
              <div className="field" key={key}>
                <label htmlFor={attrs.id}>{label}</label>
                {long ? (
                  <textarea rows={3} {...attrs} {...register(path)} />
                ) : (
                  <input type="text" {...attrs} {...register(path)} />
                )}
                <ErrorText errors={formState.errors} path={path} />
              </div>
            );
          })}
          <MarkdownField
            form={form}
            path={`content.${code}.body`}
            label="Posting text (Markdown)"
            hint="Headings with ##, lists with -, links as [text](https://…). HTML is shown as text."
          />
          <MarkdownField
            form={form}
            path={`content.${code}.processNote`}
            label="Note under the hiring process (Markdown, optional)"
            rows={4}
          />
        </fieldset>
      ))}
    </>
  );
}
