"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setJobStatusAction } from "@/app/staff/jobs/actions";

type Status = "draft" | "open" | "closed";

const WHAT: Record<Status, string> = {
  draft: "Draft: invisible to the public.",
  open: "Open: published on the careers page and taking applications.",
  closed: "Closed: the posting says the role is filled; no new applications. The board stays.",
};

/** Publishing and closing: the moves between draft, open and closed that make sense from here. */
export function JobStatusControl({
  slug,
  status,
  hasApplications,
}: {
  slug: string;
  status: Status;
  hasApplications: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const targets: { to: Status; label: string }[] =
    status === "draft"
      ? [{ to: "open", label: "Open and publish" }]
      : status === "open"
        ? [
            { to: "closed", label: "Close the job" },
            ...(hasApplications ? [] : [{ to: "draft" as const, label: "Back to draft" }]),
          ]
        : [{ to: "open", label: "Reopen" }];
  const change = (to: Status) =>
    start(async () => {
      setMessage(null);
      const result = await setJobStatusAction({ slug, status: to });
      if (!result.ok) setMessage(result.message);
      else router.refresh();
    });
  return (
    <section className="card" aria-labelledby="job-status-heading">
      <h2 id="job-status-heading">Status</h2>
      <div className="job-status">
        <p style={{ margin: 0 }}>
          <strong className="tag">{status}</strong> {WHAT[status]}
        </p>
        {targets.map((t) => (
          <button
            key={t.to}
            type="button"
            className={t.to === "open" ? "button small" : "button secondary small"}
            disabled={pending}
            onClick={() => change(t.to)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
