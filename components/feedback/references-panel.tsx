"use client";

import { zodResolver } from "@hookform/resolvers/zod";
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
import {
  BACKGROUND_CHECK_LABELS,
  BACKGROUND_CHECK_STATUSES,
  REFEREE_STATUS_LABELS,
  REFEREE_STATUSES,
  type BackgroundCheckStatus,
} from "@/lib/feedback/constants";
import { refereeInput } from "@/lib/validations/interviews";

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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [overrideReason, setOverrideReason] = useState("");
  const form = useForm<z.input<typeof refereeInput>>({
    resolver: zodResolver(refereeInput),
    defaultValues: { name: "", relation: "", contact: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const run = (work: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      const result = await work();
      setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message ?? "That did not work." });
    });
  const addReferee = form.handleSubmit(async (input) => {
    const result = await addRefereeAction({ ...input, applicationId });
    if (result.ok) {
      form.reset();
      return setMessage({ ok: true, text: `Added ${result.data.name}.` });
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
      form.setError(field as "name", { message: text });
    setMessage({ ok: false, text: result.message });
  });
  const checkDone = backgroundCheck === "completed";
  return (
    <section className="card" aria-labelledby="references-heading">
      <h2 id="references-heading">References and background check</h2>
      {message && (
        <p className={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      {referees.length === 0 ? (
        <p className="empty">No referees yet.</p>
      ) : (
        <ul className="referees">
          {referees.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{r.name}</strong>, {r.relation} · <span className="typed">{r.contact}</span>
              </p>
              <label htmlFor={`referee-${r.id}`}>Status of {r.name}</label>{" "}
              <select
                id={`referee-${r.id}`}
                defaultValue={r.status}
                disabled={pending}
                onChange={(e) =>
                  run(
                    () => setRefereeStatusAction({ refereeId: r.id, status: e.target.value as Referee["status"] }),
                    `${r.name}: ${REFEREE_STATUS_LABELS[e.target.value as Referee["status"]]}.`,
                  )
                }
              >
                {REFEREE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {REFEREE_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      <form className="referee-form" onSubmit={addReferee} noValidate aria-label="Add a referee">
        <div className="plan-row">
          <Field id="referee-name" label="Referee’s name" error={errors.name?.message}>
            {(attrs) => <input {...attrs} {...form.register("name")} />}
          </Field>
          <Field id="referee-relation" label="Relation" error={errors.relation?.message}>
            {(attrs) => <input placeholder="Former manager" {...attrs} {...form.register("relation")} />}
          </Field>
          <Field id="referee-contact" label="Email or phone" error={errors.contact?.message}>
            {(attrs) => <input {...attrs} {...form.register("contact")} />}
          </Field>
        </div>
        <button className="button small" type="submit" disabled={isSubmitting}>
          Add referee
        </button>
      </form>
      <div className="field">
        <label htmlFor="background-check">Background check</label>
        <select
          id="background-check"
          defaultValue={backgroundCheck}
          disabled={pending}
          onChange={(e) =>
            run(
              () => setBackgroundCheckAction({ applicationId, status: e.target.value as BackgroundCheckStatus }),
              `Background check: ${BACKGROUND_CHECK_LABELS[e.target.value as BackgroundCheckStatus]}.`,
            )
          }
        >
          {BACKGROUND_CHECK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {BACKGROUND_CHECK_LABELS[s]}
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
              onClick={() => run(() => hireAction({ applicationId, to: "hired", version }), "Marked as hired.")}
            >
              Mark as hired
            </button>
          ) : (
            <>
              <p className="hint">Hired opens once the background check is completed.</p>
              {canOverride && (
                <div className="field">
                  <label htmlFor="override-reason">Admin override: why hire before the check is complete?</label>
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
                        "Marked as hired, with the override recorded.",
                      )
                    }
                  >
                    Hire with override
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
