"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteEndpointAction, rotateSecretAction, updateEndpointAction } from "@/app/staff/integrations/actions";

/** Pause or resume, rotate the signing secret (the new one shown once), delete. */
export function EndpointControls({ id, active, signed }: { id: number; active: boolean; signed: boolean }) {
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
          {active ? "Pause" : "Resume"}
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
                    text: "New signing secret (the old one keeps signing beside it for 24 hours; shown once):",
                    secret: result.data.secret,
                  });
                return result;
              })
            }
          >
            Rotate secret
          </button>
        )}
        <button
          className="button small secondary"
          type="button"
          disabled={pending}
          onClick={() =>
            confirm("Delete this endpoint and its delivery history?") &&
            run(async () => {
              const result = await deleteEndpointAction({ id });
              if (result.ok) router.push("/staff/integrations");
              return result;
            })
          }
        >
          Delete
        </button>
      </div>
    </div>
  );
}
