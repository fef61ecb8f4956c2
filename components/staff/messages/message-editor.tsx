"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { resetTemplateAction, saveTemplateAction, sendTestAction } from "@/app/staff/messages/actions";
import { Field } from "@/components/ui/field";
import { useSchemaWords } from "@/components/ui/use-schema-resolver";
import { COMPANY } from "@/lib/company";
import type { EditableMessage, MessageEditorData } from "@/lib/mail/message-editor";
import { KIND_VARIABLES, renderTemplate, sampleValues } from "@/lib/mail/template";
import { templateInput } from "@/lib/validations/messages";
import { fieldErrorsIn } from "@/lib/validations/message";

type Props = { data: MessageEditorData; origin: string };

/** Pick a message and a language, then edit it with a live preview. */
export function MessageEditor({ data, origin }: Props) {
  const t = useTranslations("messages");
  const [chosen, setChosen] = useState(0);
  // Here, not in the form: a save or reset brings new text, and with it a fresh form.
  const [said, setSaid] = useState("");
  const message = data.messages[chosen]!;
  return (
    <div className="messages">
      <div className="field">
        <label htmlFor="message-choice">{t("which")}</label>
        <select
          id="message-choice"
          value={chosen}
          onChange={(e) => {
            setChosen(Number(e.target.value));
            setSaid("");
          }}
        >
          {data.messages.map((m, i) => (
            <option key={`${m.kind}:${m.locale}`} value={i}>
              {t("choice", { name: t(`names.${m.kind}`), locale: m.locale })}
            </option>
          ))}
        </select>
      </div>
      <TemplateForm
        key={`${message.kind}:${message.locale}:${message.source}:${message.subject}:${message.body}`}
        message={message}
        jobTitle={data.job?.title[message.locale]}
        origin={origin}
        onSaid={setSaid}
      />
      <p role="status" className={said ? "template-said success" : "template-said"}>
        {said}
      </p>
    </div>
  );
}

type FormProps = { message: EditableMessage; jobTitle?: string; origin: string; onSaid: (said: string) => void };

function TemplateForm({ message, jobTitle, origin, onSaid: setSaid }: FormProps) {
  const t = useTranslations("messages");
  const words = useSchemaWords();
  const router = useRouter();
  const [subject, setSubject] = useState(message.subject);
  const [body, setBody] = useState(message.body);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const scope = { kind: message.kind, locale: message.locale, jobId: message.jobId };
  const input = { ...scope, subject, body };
  // The same schema as the server's, on every keystroke: an unknown variable shows at once.
  const parsed = templateInput.safeParse(input);
  const live = parsed.success ? {} : fieldErrorsIn(parsed.error, words);
  const sample = sampleValues(
    message.locale,
    COMPANY.name,
    jobTitle ?? (message.locale === "sv" ? "Exempeltjänst" : "Sample job"),
    origin,
  );
  const preview = renderTemplate({ subject, body }, sample);
  const shown = { ...errors, ...live };

  async function run(what: "save" | "test" | "reset") {
    setPending(true);
    setSaid("");
    setErrors({});
    const result =
      what === "reset"
        ? await resetTemplateAction(scope)
        : what === "save"
          ? await saveTemplateAction(input)
          : await sendTestAction(input);
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setSaid(t("notDone", { message: result.message }));
      return;
    }
    if (what === "test") setSaid(t("testSent", { to: (result.data as { to: string }).to }));
    else {
      setSaid(what === "save" ? t("saved") : t("wasReset"));
      router.refresh();
    }
  }

  return (
    <form
      className="template-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run("save");
      }}
    >
      <p>{t.rich("sentWith", { source: message.source, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <Field id="template-subject" label={t("subject")} error={shown.subject}>
        {(attrs) => <input {...attrs} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field id="template-body" label={t("body")} error={shown.body}>
        {(attrs) => <textarea {...attrs} rows={14} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <details className="template-variables">
        <summary>{t("variables")}</summary>
        <dl>
          {KIND_VARIABLES[message.kind].map((v) => (
            <div key={v}>
              <dt>
                <code>{`{{${v}}}`}</code>
              </dt>
              <dd>{t(`variableMeanings.${v}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <section className="template-preview" aria-label={t("preview")}>
        <h2>{t("previewHeading")}</h2>
        <p>
          <strong>{t("previewSubject")}</strong> <span data-testid="preview-subject">{preview.subject}</span>
        </p>
        <div data-testid="preview-body">
          {preview.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </section>
      <div className="template-buttons">
        <button type="submit" className="button" disabled={pending || !parsed.success}>
          {t("save")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={pending || !parsed.success}
          onClick={() => void run("test")}
        >
          {t("sendTest")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={pending || message.source !== (message.jobId === null ? "organisation" : "job")}
          onClick={() => void run("reset")}
        >
          {t("reset")}
        </button>
      </div>
    </form>
  );
}
