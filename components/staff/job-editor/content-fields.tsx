"use client";

import { useTranslations } from "next-intl";
import { described, ErrorText, LANGS, type JobForm } from "./form-kit";
import { MarkdownField } from "./markdown-field";

type TextKey = "title" | "team" | "summary" | "startNote";
const FIELDS: { key: TextKey; long?: boolean }[] = [
  { key: "title" },
  { key: "team" },
  { key: "summary", long: true },
  { key: "startNote" },
];

/** The posting's words, in English and in Swedish, side by side in two fieldsets. */
export function ContentFields({ form }: { form: JobForm }) {
  const { register, formState } = form;
  const t = useTranslations("jobAdmin");
  return (
    <>
      {LANGS.map((code) => (
        <fieldset key={code} className="card">
          <legend>{t("content.legend", { language: t(`languages.${code}`) })}</legend>
          {FIELDS.map(({ key, long }) => {
            const path = `content.${code}.${key}` as const;
            const attrs = described(formState.errors, path);
            return (
              <div className="field" key={key}>
                <label htmlFor={attrs.id}>{t(`content.${key}`)}</label>
                {long ? (
                  <textarea rows={3} lang={code} {...attrs} {...register(path)} />
                ) : (
                  <input type="text" lang={code} {...attrs} {...register(path)} />
                )}
                <ErrorText errors={formState.errors} path={path} />
              </div>
            );
          })}
          <MarkdownField
            form={form}
            path={`content.${code}.body`}
            label={t("content.body")}
            hint={t("content.bodyHint")}
          />
          <MarkdownField form={form} path={`content.${code}.processNote`} label={t("content.processNote")} rows={4} />
        </fieldset>
      ))}
    </>
  );
}
