"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AttributeDto, OwnScorecard as Own } from "@/lib/feedback/scorecards";
import { When } from "@/components/application/when";
import { ScorecardForm } from "./scorecard-form";
import { ScorecardBody } from "./scorecard-body";

/** The interviewer's own scorecard: the form while a draft, a read-only card with Amend once submitted. */
export function OwnScorecard({
  interviewId,
  attributes,
  own,
  cancelled,
}: {
  interviewId: number;
  attributes: AttributeDto[];
  own: Own;
  cancelled: boolean;
}) {
  const t = useTranslations("feedback.own");
  const labels = useTranslations("scorecard.form.recommendations");
  const [amending, setAmending] = useState(false);
  if (own.status === "draft") {
    if (cancelled) return <p className="empty">{t("cancelled")}</p>;
    return <ScorecardForm interviewId={interviewId} attributes={attributes} initial={own} mode="draft" />;
  }
  if (amending)
    return (
      <ScorecardForm
        interviewId={interviewId}
        attributes={attributes}
        initial={own}
        mode="amend"
        onCancel={() => setAmending(false)}
      />
    );
  return (
    <div className="own-submitted">
      <h2>{t("heading")}</h2>
      <p className="success" role="status">
        {own.recommendation ? t("submittedWith", { recommendation: labels(own.recommendation) }) : t("submitted")}
      </p>
      <ScorecardBody content={own} attributes={attributes} />
      {own.history.length > 1 && (
        <details>
          <summary>{t("history", { count: own.history.length })}</summary>
          <ol>
            {own.history.map((h) => (
              <li key={h.at}>
                <When iso={h.at} />: {h.recommendation ? labels(h.recommendation) : "–"}
                {h.reason ? t("amendedBecause", { reason: h.reason }) : t("first")}
              </li>
            ))}
          </ol>
        </details>
      )}
      {!cancelled && (
        <button type="button" className="button secondary" onClick={() => setAmending(true)}>
          {t("amend")}
        </button>
      )}
    </div>
  );
}
