"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { inviteAction } from "@/app/staff/talent/actions";

/** Pick an open job and send the one invitation email. */
export function InviteForm({
  candidateId,
  name,
  jobs,
}: {
  candidateId: number;
  name: string;
  jobs: { slug: string; title: string }[];
}) {
  const t = useTranslations("talent.invite");
  const [jobSlug, setJobSlug] = useState(jobs[0]?.slug ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (jobs.length === 0) return <p className="hint">{t("noJobs")}</p>;
  const selectId = `invite-job-${candidateId}`;
  return (
    <form
      className="invite-form"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await inviteAction({ candidateId, jobSlug });
          setMessage(
            result.ok
              ? { ok: true, text: t("sent", { name }) }
              : { ok: false, text: result.fieldErrors?.jobSlug ?? result.message },
          );
        });
      }}
    >
      <label htmlFor={selectId}>{t("label", { name })}</label>
      <select id={selectId} value={jobSlug} onChange={(e) => setJobSlug(e.target.value)}>
        {jobs.map((j) => (
          <option key={j.slug} value={j.slug}>
            {j.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary" disabled={pending}>
        {t("send")}
      </button>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "notice" : "error"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
