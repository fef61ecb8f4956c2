"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { mergeAction, undoMergeAction } from "@/app/staff/applications/[id]/people-actions";
import type { PersonPanel as Panel } from "@/lib/people/person-panel";

/** "Also applied to", possible duplicates to merge into this record, and the merges that can be undone. */
export function PersonPanel({ panel }: { panel: Panel }) {
  const t = useTranslations("application.person");
  const statuses = useTranslations("application.status");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (work: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      setMessage(null);
      const result = await work();
      setMessage(result.ok ? done : (result.message ?? t("failed")));
      if (result.ok) router.refresh();
    });
  const others = (panel.duplicates ?? []).map((d) => ({
    reasons: d.reasons,
    other: d.candidates[0].id === panel.candidateId ? d.candidates[1] : d.candidates[0],
  }));
  if (!panel.alsoApplied.length && !others.length && !panel.merges?.length && !message) return null;
  return (
    <section className="card" aria-labelledby="person-heading">
      <h2 id="person-heading">{t("heading")}</h2>
      {panel.alsoApplied.length > 0 && (
        <>
          <h3>{t("alsoApplied")}</h3>
          <ul>
            {panel.alsoApplied.map((a) => (
              <li key={a.id}>
                <Link href={`/staff/applications/${a.id}`}>{a.jobTitle}</Link> (
                {a.status === "active" ? a.stageName : statuses(a.status)}, {a.appliedAt.slice(0, 10)})
              </li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>{t("duplicates")}</h3>
          <ul>
            {others.map(({ other, reasons }) => (
              <li key={other.id}>
                {other.name} &lt;{other.email}&gt;: {reasons.map((r) => t(`reasons.${r}`)).join(", ")};{" "}
                {other.applications.map((a) => a.jobTitle).join(", ")}{" "}
                <button
                  type="button"
                  className="button secondary"
                  disabled={pending}
                  onClick={() =>
                    run(
                      () => mergeAction({ keepCandidateId: panel.candidateId, mergeCandidateId: other.id }),
                      t("merged", { name: other.name, id: other.id }),
                    )
                  }
                >
                  {t("merge")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {panel.merges && panel.merges.length > 0 && (
        <>
          <h3>{t("mergedRecords")}</h3>
          <ul>
            {panel.merges.map((m) => (
              <li key={m.id}>
                {t("mergedItem", {
                  id: m.mergedCandidateId,
                  date: m.mergedAt.slice(0, 10),
                  count: m.applicationIds.length,
                  until: m.undoUntil.slice(0, 10),
                })}{" "}
                <button
                  type="button"
                  className="button secondary"
                  disabled={pending}
                  onClick={() =>
                    run(() => undoMergeAction({ mergeId: m.id }), t("undone", { id: m.mergedCandidateId }))
                  }
                >
                  {t("undo")}
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
