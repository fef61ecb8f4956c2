"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createEndpointAction } from "@/app/staff/integrations/actions";
import { Field } from "@/components/ui/field";
import { webhookEndpointCreate } from "@/lib/validations/webhooks";

type NewEndpoint = z.input<typeof webhookEndpointCreate>;
const FIELDS = ["kind", "url", "description", "events", "personalDataReason"] as const;

/** Adds an endpoint; a signed one's secret is shown here once and never again. */
export function AddEndpoint({ eventTypes, httpAllowed }: { eventTypes: readonly string[]; httpAllowed: boolean }) {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    control,
    setError: setFieldError,
    formState,
  } = useForm<NewEndpoint>({
    resolver: zodResolver(webhookEndpointCreate),
    defaultValues: { kind: "webhook", url: "", description: "", events: ["all"], personalData: false },
  });
  const { errors, isSubmitting } = formState;
  const personalData = useWatch({ control, name: "personalData" });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setSecret(null);
    const result = await createEndpointAction(values);
    if (result.ok) {
      setSecret(result.data.secret ?? "");
      reset();
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      const name = FIELDS.find((f) => field === f || field.startsWith(`${f}.`));
      if (name) setFieldError(name, { message });
    }
    if (!result.fieldErrors) setError(result.message);
  });
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="add-endpoint">
      <h2 id="add-endpoint" style={{ marginTop: 0 }}>
        Add an endpoint
      </h2>
      {secret !== null && (
        <div className="notice" role="status">
          {secret ? (
            <>
              Endpoint added. Its signing secret is <span className="secret">{secret}</span>. Store it in the receiver
              now; it will not be shown again.
            </>
          ) : (
            "Endpoint added."
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Field id="endpoint-kind" label="Type" error={errors.kind?.message}>
        {(attrs) => (
          <select {...attrs} {...register("kind")}>
            <option value="webhook">Webhook (signed JSON, Standard Webhooks)</option>
            <option value="slack">Slack incoming webhook</option>
            <option value="teams">Microsoft Teams incoming webhook</option>
            <option value="mattermost">Mattermost incoming webhook</option>
          </select>
        )}
      </Field>
      <Field
        id="endpoint-url"
        label="URL"
        hint={httpAllowed ? undefined : "https:// only."}
        error={errors.url?.message}
      >
        {(attrs) => <input type="url" inputMode="url" autoComplete="off" {...attrs} {...register("url")} />}
      </Field>
      <Field id="endpoint-description" label="Description" tag="optional" error={errors.description?.message}>
        {(attrs) => <input type="text" {...attrs} {...register("description")} />}
      </Field>
      <fieldset>
        <legend>Events</legend>
        {errors.events && <p className="error">{errors.events.message ?? errors.events.root?.message}</p>}
        <label className="check">
          <input type="checkbox" value="all" {...register("events")} />
          <span>All events</span>
        </label>
        <details>
          <summary>Or choose event types</summary>
          {eventTypes.map((type) => (
            <label key={type} className="check">
              <input type="checkbox" value={type} {...register("events")} />
              <span>{type}</span>
            </label>
          ))}
        </details>
      </fieldset>
      <label className="check">
        <input type="checkbox" {...register("personalData")} />
        <span>May receive personal data (the candidate&apos;s name and email)</span>
      </label>
      {personalData && (
        <Field
          id="endpoint-reason"
          label="Why it needs personal data"
          hint="Kept with the endpoint and in the audit log. You are responsible for what the receiver does with it."
          error={errors.personalDataReason?.message}
        >
          {(attrs) => <textarea rows={3} {...attrs} {...register("personalDataReason")} />}
        </Field>
      )}
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          Add endpoint
        </button>
      </div>
    </form>
  );
}
