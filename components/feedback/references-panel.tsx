"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  addRefereeAction,
  hireAction,
  setBackgroundCheckAction,
  setRefereeStatusAction,
} from "@/app/staff/applications/[id]/actions";
import { Field } from "@/components/ui/field";
import { BACKGROUND_CHECK_STATUSES, REFEREE_STATUSES, type BackgroundCheckStatus } from "@/lib/feedback/constants";
import { refereeInput } from "@/lib/validations/interviews";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Referee = {
  id: number;
  name: string;
  relation: string;
  contact: string;
  status: (typeof REFEREE_STATUSES)[number];
};
type Props = {
  applicationId: number;
  version: number;
  referees: Referee[];
  backgroundCheck: BackgroundCheckStatus;
  /** In the stage Hired is reached from. */
  canHire: boolean;
  /** May hire before the check is complete, with a reason (from the permission table). */
  canOverride: boolean;
};

/** Stage 5: referees with their status, the background check, and the door to Hired. */
export function ReferencesPanel({ applicationId, version, referees, backgroundCheck, canHire, canOverride }: Props) {
  const t = useTranslations("feedback.references");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [overrideReason, setOverrideReason] = useState("");
  const form = useForm<z.input<typeof refereeInput>>({
    resolver: useSchemaResolver(refereeInput),
    defaultValues: { name: "", relation: "", contact: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const run = (work: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      const result = await work();
      setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message ?? t("failed") });
    });
  const addReferee = form.handleSubmit(async (input) => {
    const result = await addRefereeAction({ ...input, applicationId });
    if (result.ok) {
      form.reset();
      return setMessage({ ok: true, text: t("added", { name: result.data.name }) });
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
      form.setError(field as "name", { message: text });
    setMessage({ ok: false, text: result.message });
  });
  const checkDone = backgroundCheck === "completed";
  return (
    <section className="card" aria-labelledby="references-heading">
      <h2 id="references-heading">{t("heading")}</h2>
      {message && (
        <p className={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      {referees.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <ul className="referees">
          {referees.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{r.name}</strong>, {r.relation} · <span className="typed">{r.contact}</span>
              </p>
              <label htmlFor={`referee-${r.id}`}>{t("statusOf", { name: r.name })}</label>{" "}
              <select
                id={`referee-${r.id}`}
                defaultValue={r.status}
                disabled={pending}
                onChange={(e) =>
                  run(
                    () => setRefereeStatusAction({ refereeId: r.id, status: e.target.value as Referee["status"] }),
                    t("statusSet", {
                      name: r.name,
                      status: t(`refereeStatuses.${e.target.value as Referee["status"]}`),
                    }),
                  )
                }
              >
                {REFEREE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`refereeStatuses.${s}`)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      <form className="referee-form" onSubmit={addReferee} noValidate aria-label={t("addLabel")}>
        <div className="plan-row">
          <Field id="referee-name" label={t("name")} error={errors.name?.message}>
            {(attrs) => <input {...attrs} {...form.register("name")} />}
          </Field>
          <Field id="referee-relation" label={t("relation")} error={errors.relation?.message}>
            {(attrs) => <input placeholder={t("relationPlaceholder")} {...attrs} {...form.register("relation")} />}
          </Field>
          <Field id="referee-contact" label={t("contact")} error={errors.contact?.message}>
            {(attrs) => <input {...attrs} {...form.register("contact")} />}
          </Field>
        </div>
        <button className="button small" type="submit" disabled={isSubmitting}>
          {t("add")}
        </button>
      </form>
      <div className="field">
        <label htmlFor="background-check">{t("check")}</label>
        <select
          id="background-check"
          defaultValue={backgroundCheck}
          disabled={pending}
          onChange={(e) =>
            run(
              () => setBackgroundCheckAction({ applicationId, status: e.target.value as BackgroundCheckStatus }),
              t("checkSet", { status: t(`checkStatuses.${e.target.value as BackgroundCheckStatus}`) }),
            )
          }
        >
          {BACKGROUND_CHECK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`checkStatuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {canHire && (
        <div className="hire">
          {checkDone ? (
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => run(() => hireAction({ applicationId, to: "hired", version }), t("hired"))}
            >
              {t("hire")}
            </button>
          ) : (
            <>
              <p className="hint">{t("hireLater")}</p>
              {canOverride && (
                <div className="field">
                  <label htmlFor="override-reason">{t("overrideReason")}</label>
                  <textarea
                    id="override-reason"
                    rows={2}
                    value={overrideReason}
                    onChange={(e) => setOverrideReason(e.target.value)}
                  />
                  <button
                    type="button"
                    className="button small danger"
                    disabled={pending}
                    onClick={() =>
                      run(
                        () => hireAction({ applicationId, to: "hired", version, override: true, overrideReason }),
                        t("overrideDone"),
                      )
                    }
                  >
                    {t("override")}
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
