"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { RECOMMENDATIONS } from "@/lib/feedback/constants";
import { scorecardAmend, scorecardDraft } from "@/lib/validations/interviews";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Attribute = { key: string; label: string; description: string; optional: boolean };
type Initial = {
  ratings: Record<string, number>;
  attributeNotes: Record<string, string>;
  recommendation: string | null;
  notes: string;
  candidateFeedback: string;
};
type Values = z.input<typeof scorecardAmend>;
type Props = {
  interviewId: number;
  attributes: Attribute[];
  initial: Initial;
  mode: "draft" | "amend";
  onCancel?: () => void;
};

const SCALE = [1, 2, 3, 4] as const;
const AUTOSAVE_MS = 1000;

async function send(url: string, method: "PUT" | "POST", body: unknown, keepalive = false) {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    keepalive,
  });
  const json = (await res.json().catch(() => ({}))) as { message?: string; errors?: Record<string, string> };
  return { ok: res.ok, status: res.status, ...json };
}

/**
 * The scorecard, saved as a draft while the interviewer types (and once more when the tab is
 * hidden or closed), then submitted, or amended with a reason once submitted.
 */
export function ScorecardForm({ interviewId, attributes, initial, mode, onCancel }: Props) {
  const t = useTranslations("scorecard.form");
  const common = useTranslations("common");
  const router = useRouter();
  const base = `/api/staff/interviews/${interviewId}/scorecard`;
  const [saveState, setSaveState] = useState<string>(mode === "draft" ? t("draftsSave") : "");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const dirty = useRef(false);
  const schema = mode === "amend" ? scorecardAmend : scorecardDraft;
  const {
    register,
    handleSubmit,
    subscribe,
    getValues,
    setError: setFieldError,
    formState,
  } = useForm<Values>({
    resolver: useSchemaResolver(schema) as never,
    defaultValues: {
      ratings: Object.fromEntries(
        attributes.map((a) => [a.key, initial.ratings[a.key] ? String(initial.ratings[a.key]) : ""]),
      ),
      attributeNotes: Object.fromEntries(attributes.map((a) => [a.key, initial.attributeNotes[a.key] ?? ""])),
      recommendation: (initial.recommendation as Values["recommendation"]) ?? null,
      notes: initial.notes,
      candidateFeedback: initial.candidateFeedback,
      reason: "",
    },
  });
  const { errors, isSubmitting } = formState;

  const saveDraft = useCallback(
    async (keepalive = false) => {
      if (mode !== "draft" || !dirty.current) return;
      const parsed = scorecardDraft.safeParse(getValues());
      if (!parsed.success) return setSaveState(t("fixFields"));
      dirty.current = false;
      setSaveState(t("saving"));
      const result = await send(base, "PUT", parsed.data, keepalive).catch(() => null);
      if (result?.ok) setSaveState(t("draftSaved", { time: new Date() }));
      else {
        dirty.current = true;
        setSaveState(result?.message ? t("notSaved", { message: result.message }) : t("connectionFailed"));
      }
    },
    [base, getValues, mode, t],
  );

  useEffect(() => {
    if (mode !== "draft") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        dirty.current = true;
        clearTimeout(timer);
        timer = setTimeout(() => void saveDraft(), AUTOSAVE_MS);
      },
    });
    // A closed or hidden tab still saves: keepalive lets the request outlive the page.
    const flush = () => void saveDraft(true);
    const onHide = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [mode, saveDraft, subscribe]);

  const submit = async (values: Values) => {
    setError(null);
    if (mode === "draft" && !confirming) return setConfirming(true);
    const result =
      mode === "amend" ? await send(`${base}/amend`, "POST", values) : await send(`${base}/submit`, "POST", values);
    if (result.ok) {
      dirty.current = false;
      setConfirming(false);
      onCancel?.();
      return router.refresh();
    }
    setConfirming(false);
    for (const [field, text] of Object.entries(result.errors ?? {}))
      setFieldError(field as keyof Values, { message: text });
    setError(result.message ?? t("wentWrong"));
  };

  return (
    <form
      className="scorecard-form"
      onSubmit={(e) => void handleSubmit(submit)(e)}
      noValidate
      aria-labelledby="scorecard-heading"
    >
      <h2 id="scorecard-heading">{mode === "amend" ? t("amendHeading") : t("heading")}</h2>
      {mode === "draft" && (
        <p className="save-state" role="status" aria-live="polite">
          {saveState}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {errors.ratings && (
        <p className="error">
          {typeof errors.ratings.message === "string" ? errors.ratings.message : t("ratingRange")}
        </p>
      )}
      {attributes.map((a) => (
        <fieldset key={a.key} className="attribute">
          <legend>
            {a.label}
            {a.optional && <span className="tag">{t("plus")}</span>}
          </legend>
          <p className="hint">{a.description}</p>
          <div className="scale" role="radiogroup" aria-label={t("rating", { attribute: a.label })}>
            {SCALE.map((n) => (
              <label key={n} className="scale-option">
                <input type="radio" value={String(n)} {...register(`ratings.${a.key}`)} />
                <span>{t(`scale.${n}`)}</span>
              </label>
            ))}
            <label className="scale-option unrated">
              <input type="radio" value="" {...register(`ratings.${a.key}`)} />
              <span>{t("notRated")}</span>
            </label>
          </div>
          <label className="visually-hidden" htmlFor={`note-${a.key}`}>
            {t("noteOn", { attribute: a.label })}
          </label>
          <textarea
            id={`note-${a.key}`}
            rows={2}
            placeholder={t("notePlaceholder")}
            {...register(`attributeNotes.${a.key}`)}
          />
        </fieldset>
      ))}
      <fieldset className="attribute" aria-describedby={errors.recommendation ? "recommendation-error" : undefined}>
        <legend>{t("recommendation")}</legend>
        <div className="scale" role="radiogroup" aria-label={t("recommendation")}>
          {RECOMMENDATIONS.map((r) => (
            <label key={r} className={`scale-option rec-${r}`}>
              <input type="radio" value={r} {...register("recommendation")} />
              <span>{t(`recommendations.${r}`)}</span>
            </label>
          ))}
        </div>
        {errors.recommendation && (
          <p className="error" id="recommendation-error">
            {errors.recommendation.message}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="scorecard-notes">{t("privateNotes")}</label>
        <textarea id="scorecard-notes" rows={5} aria-invalid={errors.notes ? true : undefined} {...register("notes")} />
        {errors.notes && <p className="error">{errors.notes.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="scorecard-feedback">{t("suggested")}</label>
        <p className="hint" id="scorecard-feedback-hint">
          {t("suggestedHint")}
        </p>
        <textarea
          id="scorecard-feedback"
          rows={3}
          aria-describedby="scorecard-feedback-hint"
          {...register("candidateFeedback")}
        />
        {errors.candidateFeedback && <p className="error">{errors.candidateFeedback.message}</p>}
      </div>
      {mode === "amend" && (
        <div className="field">
          <label htmlFor="amend-reason">{t("amendReason")}</label>
          <input
            id="amend-reason"
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? "amend-reason-error" : undefined}
            {...register("reason")}
          />
          {errors.reason && (
            <p className="error" id="amend-reason-error">
              {errors.reason.message}
            </p>
          )}
        </div>
      )}
      {confirming ? (
        <div className="confirm-submit" role="group" aria-label={t("confirmLabel")}>
          <p>
            <strong>{t("submitNow")}</strong> {t("submitNowText")}
          </p>
          <button className="button" type="submit" disabled={isSubmitting}>
            {t("confirm")}
          </button>{" "}
          <button className="button secondary" type="button" onClick={() => setConfirming(false)}>
            {t("notYet")}
          </button>
        </div>
      ) : (
        <p className="actions">
          <button className="button" type="submit" disabled={isSubmitting}>
            {mode === "amend" ? t("saveAmended") : t("submit")}
          </button>
          {onCancel && (
            <button className="button secondary" type="button" onClick={onCancel}>
              {common("cancel")}
            </button>
          )}
        </p>
      )}
    </form>
  );
}
