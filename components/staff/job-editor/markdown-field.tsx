"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { previewMarkdownAction } from "@/app/staff/jobs/actions";
import { described, ErrorText, type JobForm } from "./form-kit";

type Path = `content.${"en" | "sv"}.${"body" | "processNote"}`;

/**
 * A Markdown textarea with a live preview beside it. The preview comes from the server (the
 * posting's own renderer: no raw HTML, links get rel="noopener nofollow"), a moment after typing stops.
 */
export function MarkdownField({
  form,
  path,
  label,
  hint,
  rows = 14,
}: {
  form: JobForm;
  path: Path;
  label: string;
  hint?: string;
  rows?: number;
}) {
  const t = useTranslations("jobAdmin.content");
  // The text is in the posting's language (`content.sv.body`), the label in the reader's.
  const lang = path.split(".")[1];
  const source = useWatch({ control: form.control, name: path }) ?? "";
  const [html, setHtml] = useState("");
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    // The action's failure is caught, so the promise the timer drops never rejects.
    const timer = setTimeout(
      () =>
        void previewMarkdownAction({ source })
          .catch(() => null)
          .then((result) => {
            if (!current) return;
            setFailed(!result?.ok);
            if (result?.ok) setHtml(result.data);
          }),
      350,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source]);
  const attrs = described(form.formState.errors, path);
  return (
    <div className="field markdown-field">
      <label htmlFor={attrs.id}>{label}</label>
      {hint && <p className="hint">{hint}</p>}
      <div className="markdown-split">
        <div>
          <textarea rows={rows} lang={lang} {...attrs} {...form.register(path)} />
          <ErrorText errors={form.formState.errors} path={path} />
        </div>
        <section className="markdown-preview posting-body" aria-label={t("preview", { label })} tabIndex={0}>
          {failed ? (
            <p className="hint">{t("previewUnavailable")}</p>
          ) : (
            <div lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
          )}
        </section>
      </div>
    </div>
  );
}
