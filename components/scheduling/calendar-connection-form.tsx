"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { connectCalendarAction, disconnectCalendarAction, testCalendarAction } from "@/app/staff/account/actions";
import { Field } from "@/components/ui/field";
import type { CalendarView } from "@/lib/scheduling/calendar-connection";
import { calendarConnectionInput, type CalendarConnectionInput } from "@/lib/validations/availability";
import "./scheduling.css";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Form = { kind: "caldav" | "ics"; url: string; username?: string; password?: string };

/**
 * Connects a calendar for free/busy. Once saved, the URL and password are never shown again:
 * only the host. Saving reads the calendar once and says what it found, or why it failed.
 */
export function CalendarConnectionForm({ calendar }: { calendar: CalendarView }) {
  const t = useTranslations("scheduling.calendar");
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { register, control, handleSubmit, reset, setError, formState } = useForm<Form>({
    resolver: useSchemaResolver(calendarConnectionInput) as never,
    defaultValues: { kind: "caldav", url: "", username: "", password: "" },
  });
  const kind = useWatch({ control, name: "kind" });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const result = await connectCalendarAction(values as CalendarConnectionInput);
    if (result.ok) {
      reset({ kind: values.kind, url: "", username: "", password: "" });
      return setStatus({ ok: true, message: result.data.message });
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof Form, { message });
    setStatus({ ok: false, message: result.message });
  });
  const run = async (action: () => Promise<{ ok: boolean; message: string }>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="card form calendar-connection">
      <h3 style={{ marginTop: 0 }}>{t("heading")}</h3>
      <p className="hint">{t("intro")}</p>
      {calendar ? (
        <p>
          {t.rich("connectedTo", { host: () => <strong>{calendar.host}</strong>, kind: calendar.kind })}{" "}
          <button
            type="button"
            className="button secondary small"
            disabled={busy}
            onClick={() => run(testCalendarAction)}
          >
            {t("test")}
          </button>{" "}
          <button
            type="button"
            className="button secondary small"
            disabled={busy}
            onClick={() => run(async () => ({ ...(await disconnectCalendarAction()), message: t("disconnected") }))}
          >
            {t("disconnect")}
          </button>
        </p>
      ) : (
        <p>{t("none")}</p>
      )}
      {status && (
        <p className={status.ok ? "notice" : "error"} role={status.ok ? "status" : "alert"}>
          {status.message}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={calendar ? t("replaceForm") : t("connectForm")}>
        <Field id="calendar-kind" label={t("kind")} error={errors.kind?.message}>
          {(attrs) => (
            <select {...attrs} {...register("kind")}>
              <option value="caldav">{t("kindCaldav")}</option>
              <option value="ics">{t("kindIcs")}</option>
            </select>
          )}
        </Field>
        <Field
          id="calendar-url"
          label={kind === "ics" ? t("feedUrl") : t("caldavUrl")}
          hint={kind === "ics" ? t("feedHint") : t("caldavHint")}
          error={errors.url?.message}
        >
          {(attrs) => <input type="url" inputMode="url" autoComplete="off" {...attrs} {...register("url")} />}
        </Field>
        {kind === "caldav" && (
          <>
            <Field id="calendar-username" label={t("username")} error={errors.username?.message}>
              {(attrs) => <input type="text" autoComplete="off" {...attrs} {...register("username")} />}
            </Field>
            <Field
              id="calendar-password"
              label={t("password")}
              hint={t("passwordHint")}
              error={errors.password?.message}
            >
              {(attrs) => <input type="password" autoComplete="new-password" {...attrs} {...register("password")} />}
            </Field>
          </>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t("reading") : calendar ? t("replace") : t("connect")}
          </button>
        </div>
      </form>
    </div>
  );
}
