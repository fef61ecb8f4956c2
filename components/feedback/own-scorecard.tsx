"use client";

import { useState } from "react";
import type { AttributeDto, OwnScorecard as Own } from "@/lib/feedback/scorecards";
import { RECOMMENDATION_LABELS } from "@/lib/validations/interviews";
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
  const [amending, setAmending] = useState(false);
  if (own.status === "draft") {
    if (cancelled) return <p className="empty">The interview was cancelled; no scorecard is needed.</p>;
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
      <h2>Your scorecard</h2>
      <p className="success" role="status">
        Submitted{own.recommendation ? `: ${RECOMMENDATION_LABELS[own.recommendation]}` : ""}. Thank you.
      </p>
      <ScorecardBody content={own} attributes={attributes} />
      {own.history.length > 1 && (
        <details>
          <summary>History ({own.history.length} versions)</summary>
          <ol>
            {own.history.map((h) => (
              <li key={h.at}>
                <When iso={h.at} />: {h.recommendation ? RECOMMENDATION_LABELS[h.recommendation] : "–"}
                {h.reason ? ` (amended: ${h.reason})` : " (first submission)"}
              </li>
            ))}
          </ol>
        </details>
      )}
      {!cancelled && (
        <button type="button" className="button secondary" onClick={() => setAmending(true)}>
          Amend
        </button>
      )}
    </div>
  );
}
