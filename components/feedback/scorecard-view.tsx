import { When } from "@/components/application/when";
import type { AttributeDto } from "@/lib/feedback/scorecards";
import type { ScorecardView as Card } from "@/lib/feedback/visibility";
import { INTERVIEW_KIND_LABELS, RECOMMENDATION_LABELS } from "@/lib/validations/interviews";
import { ScorecardBody } from "./scorecard-body";

/** One scorecard, read-only: what an interviewer rated, recommended and wrote. */
export function ScorecardView({ card, attributes }: { card: Card; attributes: AttributeDto[] }) {
  const headingId = `scorecard-${card.id}`;
  return (
    <article className="scorecard-view" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {card.interviewer.name} · {INTERVIEW_KIND_LABELS[card.interviewKind]}
      </h3>
      <p className="scorecard-meta">
        {card.status === "submitted" && card.submittedAt ? (
          <>
            Submitted <When iso={card.submittedAt} />
            {card.amendedAt && (
              <>
                , amended <When iso={card.amendedAt} /> ({card.revisions} versions kept)
              </>
            )}
          </>
        ) : (
          "Your draft (only you can see it)"
        )}
        {card.recommendation && (
          <span className={`recommendation rec-${card.recommendation}`}>
            {RECOMMENDATION_LABELS[card.recommendation]}
          </span>
        )}
      </p>
      <ScorecardBody content={card} attributes={attributes} />
    </article>
  );
}
