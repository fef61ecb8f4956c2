"use client";

import { useState, useTransition } from "react";
import { cancelSchedulingAction } from "@/app/staff/applications/[id]/actions";

/** Two steps, so a stray click does not withdraw a link or call off a booked time. */
export function CancelSchedulingButton({ requestId, booked }: { requestId: number; booked: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className="button small secondary" onClick={() => setConfirming(true)}>
        {booked ? "Cancel booking" : "Withdraw link"}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label="Confirm cancelling the scheduling link">
      <button
        type="button"
        className="button small danger"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await cancelSchedulingAction({ requestId });
            if (!result.ok) setError(result.message);
          })
        }
      >
        Yes, cancel it
      </button>
      <button type="button" className="button small secondary" onClick={() => setConfirming(false)}>
        Keep it
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
