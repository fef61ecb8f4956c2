import { useTranslations } from "next-intl";

type Content = {
  ratings: Record<string, number>;
  attributeNotes: Record<string, string>;
  notes: string;
  candidateFeedback: string;
};

/** What a scorecard says, read-only: each attribute's rating and note, then the written parts. */
export function ScorecardBody({
  content,
  attributes,
}: {
  content: Content;
  attributes: { key: string; label: string }[];
}) {
  const t = useTranslations("feedback.card");
  return (
    <>
      <dl className="ratings">
        {attributes.map((a) => (
          <div key={a.key}>
            <dt>{a.label}</dt>
            <dd>
              {content.ratings[a.key] ? (
                <span className={`rating r${content.ratings[a.key]}`}>{content.ratings[a.key]} / 4</span>
              ) : (
                <span className="unrated">{t("notRated")}</span>
              )}
              {content.attributeNotes[a.key] && (
                <span className="typed attribute-note">{content.attributeNotes[a.key]}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {content.notes && (
        <>
          <p className="label">{t("notes")}</p>
          <p className="typed">{content.notes}</p>
        </>
      )}
      {content.candidateFeedback && (
        <>
          <p className="label">{t("suggested")}</p>
          <p className="typed">{content.candidateFeedback}</p>
        </>
      )}
    </>
  );
}
