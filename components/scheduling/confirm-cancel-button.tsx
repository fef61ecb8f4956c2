"use client";

import { useState, useTransition } from "react";

/**
 * Two steps, so a stray click does not call something off: the button turns into "Yes" and
 * "Keep it", and a refusal from the server is shown beside them.
 */
export function ConfirmCancelButton({
  label,
  groupLabel,
  confirmLabel,
  keepLabel,
  onConfirm,
}: {
  label: string;
  groupLabel: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className="button small secondary" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={groupLabel}>
      <button
        type="button"
        className="button small danger"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await onConfirm();
            if (!result.ok) setError(result.message);
          })
        }
      >
        {confirmLabel}
      </button>
      <button type="button" className="button small secondary" onClick={() => setConfirming(false)}>
        {keepLabel}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
