"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setJobStatusAction } from "@/app/staff/jobs/actions";

type Status = "draft" | "open" | "closed";

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
  const t = useTranslations("jobAdmin.status");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const targets: { to: Status; label: string }[] =
    status === "draft"
      ? [{ to: "open", label: t("publish") }]
      : status === "open"
        ? [
            { to: "closed", label: t("close") },
            ...(hasApplications ? [] : [{ to: "draft" as const, label: t("backToDraft") }]),
          ]
        : [{ to: "open", label: t("reopen") }];
  const change = (to: Status) =>
    start(async () => {
      setMessage(null);
      const result = await setJobStatusAction({ slug, status: to });
      if (!result.ok) setMessage(result.message);
      else router.refresh();
    });
  return (
    <section className="card" aria-labelledby="job-status-heading">
      <h2 id="job-status-heading">{t("heading")}</h2>
      <div className="job-status">
        <p style={{ margin: 0 }}>
          <strong className="tag">{t(`names.${status}`)}</strong> {t(`what.${status}`)}
        </p>
        {targets.map((target) => (
          <button
            key={target.to}
            type="button"
            className={target.to === "open" ? "button small" : "button secondary small"}
            disabled={pending}
            onClick={() => change(target.to)}
          >
            {target.label}
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
