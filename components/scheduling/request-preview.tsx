"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { previewSchedulingAction } from "@/app/staff/applications/[id]/actions";
import type { SchedulingPreview } from "@/lib/scheduling/request-mail";

type Values = { kind: string; windowDays?: unknown; note?: string };

/**
 * "Before you send": the candidate's email as the outbox would send it with the form's current
 * kind, window and note, rendered on the server from the same template and wording in force.
 */
export function RequestPreview({ applicationId, current }: { applicationId: number; current: () => Values }) {
  const t = useTranslations("scheduling.request");
  const [preview, setPreview] = useState<SchedulingPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const show = () =>
    start(async () => {
      setError(null);
      const v = current();
      const result = await previewSchedulingAction({
        applicationId,
        kind: v.kind as never,
        windowDays: v.windowDays as never,
        note: v.note,
      });
      if (result.ok) setPreview(result.data);
      else setError(Object.values(result.fieldErrors ?? {})[0] ?? result.message);
    });
  return (
    <div className="sched-preview-block">
      <p className="actions">
        <button type="button" className="button small secondary" disabled={pending} onClick={show}>
          {pending ? t("previewing") : t("preview")}
        </button>
        {preview && (
          <>
            {" "}
            <button type="button" className="button small secondary" onClick={() => setPreview(null)}>
              {t("previewHide")}
            </button>
          </>
        )}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <section className="sched-preview" aria-labelledby="sched-preview-heading" aria-live="polite">
          <h4 id="sched-preview-heading">{t("previewHeading")}</h4>
          {preview.to === null ? (
            <p>{t("previewNone")}</p>
          ) : (
            <>
              <p className="hint">{t("previewTo", { to: preview.to, locale: preview.locale })}</p>
              <p>
                <strong>{t("previewSubject", { subject: preview.subject })}</strong>
              </p>
              <div className="sched-preview-body" lang={preview.locale}>
                {preview.text}
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
