"use client";

import { useState } from "react";
import type { AttributeDto, OwnScorecard as Own } from "@/lib/feedback/scorecards";
import { RECOMMENDATION_LABELS } from "@/lib/validations/interviews";
import { When } from "@/components/application/when";
import { ScorecardForm } from "./scorecard-form";

/** The interviewer's own scorecard: the form while a draft, a read-only card with Amend once submitted. */
export function OwnScorecard({ interviewId, attributes, own, cancelled }: { interviewId: number; attributes: AttributeDto[]; own: Own; cancelled: boolean }) {
  const [amending, setAmending] = useState(false);
  if (own.status === "draft") {
    if (cancelled) return <p className="empty">The interview was cancelled; no scorecard is needed.</p>;
    return <ScorecardForm interviewId={interviewId} attributes={attributes} initial={own} mode="draft" />;
  }
  if (amending) return <ScorecardForm interviewId={interviewId} attributes={attributes} initial={own} mode="amend" onCancel={() => setAmending(false)} />;
  return (
    <div className="own-submitted">
      <h2>Your scorecard</h2>
      <p className="success" role="status">
        Submitted{own.recommendation ? `: ${RECOMMENDATION_LABELS[own.recommendation]}` : ""}. Thank you.
      </p>
      <dl className="ratings">
        {attributes.map((a) => (
          <div key={a.key}>
            <dt>{a.label}</dt>
            <dd>
              {own.ratings[a.key] ? <span className={`rating r${own.ratings[a.key]}`}>{own.ratings[a.key]} / 4</span> : <span className="unrated">Not rated</span>}
              {own.attributeNotes[a.key] && <span className="typed attribute-note">{own.attributeNotes[a.key]}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {own.notes && (
        <>
          <p className="label">Notes for the team</p>
          <p className="typed">{own.notes}</p>
        </>
      )}
      {own.candidateFeedback && (
        <>
          <p className="label">Suggested feedback for the candidate</p>
          <p className="typed">{own.candidateFeedback}</p>
        </>
      )}
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
