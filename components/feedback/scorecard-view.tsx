import { useTranslations } from "next-intl";
import { When } from "@/components/application/when";
import type { AttributeDto } from "@/lib/feedback/scorecards";
import type { ScorecardView as Card } from "@/lib/feedback/visibility";
import { ScorecardBody } from "./scorecard-body";

/** One scorecard, read-only: what an interviewer rated, recommended and wrote. */
export function ScorecardView({ card, attributes }: { card: Card; attributes: AttributeDto[] }) {
  const t = useTranslations("feedback.card");
  const kinds = useTranslations("feedback.kinds");
  const labels = useTranslations("scorecard.form.recommendations");
  const headingId = `scorecard-${card.id}`;
  return (
    <article className="scorecard-view" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {card.interviewer.name} · {kinds(card.interviewKind)}
      </h3>
      <p className="scorecard-meta">
        {card.status === "submitted" && card.submittedAt ? (
          <>
            {t.rich("submitted", { when: () => <When iso={card.submittedAt!} /> })}
            {card.amendedAt && t.rich("amended", { count: card.revisions, when: () => <When iso={card.amendedAt!} /> })}
          </>
        ) : (
          t("draft")
        )}
        {card.recommendation && (
          <span className={`recommendation rec-${card.recommendation}`}>{labels(card.recommendation)}</span>
        )}
      </p>
      <ScorecardBody content={card} attributes={attributes} />
    </article>
  );
}
