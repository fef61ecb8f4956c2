"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createEndpointAction } from "@/app/staff/integrations/actions";
import { Field } from "@/components/ui/field";
import { webhookEndpointCreate } from "@/lib/validations/webhooks";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type NewEndpoint = z.input<typeof webhookEndpointCreate>;
const FIELDS = ["kind", "url", "description", "events", "personalDataReason"] as const;

/** Adds an endpoint; a signed one's secret is shown here once and never again. */
export function AddEndpoint({ eventTypes, httpAllowed }: { eventTypes: readonly string[]; httpAllowed: boolean }) {
  const t = useTranslations("integrations.add");
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
    resolver: useSchemaResolver(webhookEndpointCreate),
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
        {t("heading")}
      </h2>
      {secret !== null && (
        <div className="notice" role="status">
          {secret ? t.rich("addedWithSecret", { secret: () => <span className="secret">{secret}</span> }) : t("added")}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Field id="endpoint-kind" label={t("type")} error={errors.kind?.message}>
        {(attrs) => (
          <select {...attrs} {...register("kind")}>
            <option value="webhook">{t("typeWebhook")}</option>
            <option value="slack">{t("typeSlack")}</option>
            <option value="teams">{t("typeTeams")}</option>
            <option value="mattermost">{t("typeMattermost")}</option>
          </select>
        )}
      </Field>
      <Field
        id="endpoint-url"
        label={t("url")}
        hint={httpAllowed ? undefined : t("httpsOnly")}
        error={errors.url?.message}
      >
        {(attrs) => <input type="url" inputMode="url" autoComplete="off" {...attrs} {...register("url")} />}
      </Field>
      <Field id="endpoint-description" label={t("description")} tag={t("optional")} error={errors.description?.message}>
        {(attrs) => <input type="text" {...attrs} {...register("description")} />}
      </Field>
      <fieldset>
        <legend>{t("events")}</legend>
        {errors.events && <p className="error">{errors.events.message ?? errors.events.root?.message}</p>}
        <label className="check">
          <input type="checkbox" value="all" {...register("events")} />
          <span>{t("all")}</span>
        </label>
        <details>
          <summary>{t("choose")}</summary>
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
        <span>{t("personalData")}</span>
      </label>
      {personalData && (
        <Field
          id="endpoint-reason"
          label={t("reason")}
          hint={t("reasonHint")}
          error={errors.personalDataReason?.message}
        >
          {(attrs) => <textarea rows={3} {...attrs} {...register("personalDataReason")} />}
        </Field>
      )}
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
