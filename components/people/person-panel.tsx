"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mergeAction, undoMergeAction } from "@/app/staff/applications/[id]/people-actions";
import type { PersonPanel as Panel } from "@/lib/people/person-panel";

const REASONS = {
  email: "same email",
  phone: "same name and phone",
  linkedin: "same name and LinkedIn",
  github: "same name and GitHub",
};

/** "Also applied to", possible duplicates to merge into this record, and the merges that can be undone. */
export function PersonPanel({ panel }: { panel: Panel }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (work: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      setMessage(null);
      const result = await work();
      setMessage(result.ok ? done : (result.message ?? "That did not work."));
      if (result.ok) router.refresh();
    });
  const others = (panel.duplicates ?? []).map((d) => ({
    reasons: d.reasons,
    other: d.candidates[0].id === panel.candidateId ? d.candidates[1] : d.candidates[0],
  }));
  if (!panel.alsoApplied.length && !others.length && !panel.merges?.length && !message) return null;
  return (
    <section className="card" aria-labelledby="person-heading">
      <h2 id="person-heading">One person across jobs</h2>
      {panel.alsoApplied.length > 0 && (
        <>
          <h3>Also applied to</h3>
          <ul>
            {panel.alsoApplied.map((a) => (
              <li key={a.id}>
                <Link href={`/staff/applications/${a.id}`}>{a.jobTitle}</Link> (
                {a.status === "active" ? a.stageName : a.status}, {a.appliedAt.slice(0, 10)})
              </li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>Possible duplicates</h3>
          <ul>
            {others.map(({ other, reasons }) => (
              <li key={other.id}>
                {other.name} &lt;{other.email}&gt;: {reasons.map((r) => REASONS[r]).join(", ")};{" "}
                {other.applications.map((a) => a.jobTitle).join(", ")}{" "}
                <button
                  type="button"
                  className="button secondary"
                  disabled={pending}
                  onClick={() =>
                    run(
                      () => mergeAction({ keepCandidateId: panel.candidateId, mergeCandidateId: other.id }),
                      `Merged ${other.name} (#${other.id}) into this record.`,
                    )
                  }
                >
                  Merge into this record
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {panel.merges && panel.merges.length > 0 && (
        <>
          <h3>Merged records</h3>
          <ul>
            {panel.merges.map((m) => (
              <li key={m.id}>
                Record #{m.mergedCandidateId} merged on {m.mergedAt.slice(0, 10)} ({m.applicationIds.length}{" "}
                application(s)); undo until {m.undoUntil.slice(0, 10)}{" "}
                <button
                  type="button"
                  className="button secondary"
                  disabled={pending}
                  onClick={() =>
                    run(() => undoMergeAction({ mergeId: m.id }), `Undid the merge of record #${m.mergedCandidateId}.`)
                  }
                >
                  Undo merge
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
    </section>
  );
}
