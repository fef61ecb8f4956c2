"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { connectCalendarAction, disconnectCalendarAction, testCalendarAction } from "@/app/staff/account/actions";
import { Field } from "@/components/ui/field";
import type { CalendarView } from "@/lib/scheduling/calendar-connection";
import { calendarConnectionInput, type CalendarConnectionInput } from "@/lib/validations/availability";

type Form = { kind: "caldav" | "ics"; url: string; username?: string; password?: string };

/**
 * Connects a calendar for free/busy. Once saved, the URL and password are never shown again:
 * only the host. Saving reads the calendar once and says what it found, or why it failed.
 */
export function CalendarConnectionForm({ calendar }: { calendar: CalendarView }) {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { register, control, handleSubmit, reset, setError, formState } = useForm<Form>({
    resolver: zodResolver(calendarConnectionInput) as never,
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
    <div className="card form">
      <h3 style={{ marginTop: 0 }}>Calendar for busy times</h3>
      <p className="hint">
        Rekry reads only when you are busy: never titles, attendees or descriptions. With CalDAV it also writes the
        interviews you are booked for into your calendar.
      </p>
      {calendar ? (
        <p>
          Connected to <strong>{calendar.host}</strong> ({calendar.kind === "caldav" ? "CalDAV" : "iCalendar feed"}).{" "}
          <button
            type="button"
            className="button secondary small"
            disabled={busy}
            onClick={() => run(testCalendarAction)}
          >
            Test connection
          </button>{" "}
          <button
            type="button"
            className="button secondary small"
            disabled={busy}
            onClick={() => run(disconnectCalendarAction)}
          >
            Disconnect
          </button>
        </p>
      ) : (
        <p>No calendar connected: only your interviews in Rekry count as busy.</p>
      )}
      {status && (
        <p className={status.ok ? "notice" : "error"} role={status.ok ? "status" : "alert"}>
          {status.message}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={calendar ? "Replace the calendar" : "Connect a calendar"}>
        <Field id="calendar-kind" label="Kind" error={errors.kind?.message}>
          {(attrs) => (
            <select {...attrs} {...register("kind")}>
              <option value="caldav">CalDAV (Nextcloud, Radicale, Fastmail, iCloud, SOGo, Google)</option>
              <option value="ics">Private iCalendar feed (Google&apos;s or Outlook&apos;s secret address)</option>
            </select>
          )}
        </Field>
        <Field
          id="calendar-url"
          label={kind === "ics" ? "Secret feed address" : "CalDAV server URL"}
          hint={
            kind === "ics"
              ? "Kept encrypted; never shown again."
              : "For example https://cloud.example.com/remote.php/dav"
          }
          error={errors.url?.message}
        >
          {(attrs) => <input type="url" inputMode="url" autoComplete="off" {...attrs} {...register("url")} />}
        </Field>
        {kind === "caldav" && (
          <>
            <Field id="calendar-username" label="User name" error={errors.username?.message}>
              {(attrs) => <input type="text" autoComplete="off" {...attrs} {...register("username")} />}
            </Field>
            <Field
              id="calendar-password"
              label="App password"
              hint="Make one for Rekry in your calendar's security settings. Kept encrypted; never shown again."
              error={errors.password?.message}
            >
              {(attrs) => <input type="password" autoComplete="new-password" {...attrs} {...register("password")} />}
            </Field>
          </>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? "Reading your calendar…" : calendar ? "Replace calendar" : "Connect calendar"}
          </button>
        </div>
      </form>
    </div>
  );
}
