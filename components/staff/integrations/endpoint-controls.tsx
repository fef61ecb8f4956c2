"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteEndpointAction, rotateSecretAction, updateEndpointAction } from "@/app/staff/integrations/actions";

/** Pause or resume, rotate the signing secret (the new one shown once), delete. */
export function EndpointControls({ id, active, signed }: { id: number; active: boolean; signed: boolean }) {
  const t = useTranslations("integrations.controls");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ text: string; secret?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      setError(null);
      const result = await fn();
      if (!result.ok && result.message) setError(result.message);
      else router.refresh();
    });
  return (
    <div>
      {message && (
        <div className="notice" role="status">
          {message.text} {message.secret && <span className="secret">{message.secret}</span>}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-form">
        <button
          className="button small secondary"
          type="button"
          disabled={pending}
          onClick={() => run(() => updateEndpointAction({ id, changes: { active: !active } }))}
        >
          {active ? t("pause") : t("resume")}
        </button>
        {signed && (
          <button
            className="button small secondary"
            type="button"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const result = await rotateSecretAction({ id });
                if (result.ok)
                  setMessage({
                    text: t("rotated"),
                    secret: result.data.secret,
                  });
                return result;
              })
            }
          >
            {t("rotate")}
          </button>
        )}
        <button
          className="button small secondary"
          type="button"
          disabled={pending}
          onClick={() =>
            confirm(t("confirmDelete")) &&
            run(async () => {
              const result = await deleteEndpointAction({ id });
              if (result.ok) router.push("/staff/integrations");
              return result;
            })
          }
        >
          {t("delete")}
        </button>
      </div>
    </div>
  );
}
