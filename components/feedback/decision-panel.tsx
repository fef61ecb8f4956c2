import { useTranslations } from "next-intl";
import type { DecisionView } from "@/lib/feedback/decision";
import { disagreements } from "@/lib/feedback/summary";
import type { AttributeDto } from "@/lib/feedback/scorecards";
import { RECOMMENDATIONS } from "@/lib/feedback/constants";
import { DecisionForm } from "./decision-form";
import { ScorecardView } from "./scorecard-view";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { applicationId: number; version: number; view: DecisionView; attributes: AttributeDto[] };

/** The evidence side by side: each interviewer's ratings, the average and spread, and where they disagree. */
export function DecisionPanel({ applicationId, version, view, attributes }: Props) {
  const t = useTranslations("feedback.decision");
  const labels = useTranslations("scorecard.form.recommendations");
  const flags = disagreements(view.attributes, view.recommendations).map((d) =>
    d.kind === "range"
      ? t("range", { attribute: d.attribute, min: d.min, max: d.max })
      : t(d.strongly ? "splitStrongly" : "split", { infavour: d.infavour.join(", "), against: d.against.join(", ") }),
  );
  const people = [...new Map(view.scorecards.map((s) => [s.interviewer.id, s.interviewer.name])).entries()];
  return (
    <section className="card decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("heading")}</h2>
      {view.blind && <p className="notice">{t("blind")}</p>}
      {view.scorecards.length === 0 ? (
        <p className="empty">{t("none")}</p>
      ) : (
        <>
          {flags.length > 0 && (
            <div className="notice closed" role="note" aria-label={t("disagreements")}>
              <p>
                <strong>{t("disagree")}</strong>
              </p>
              <ul>
                {flags.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </div>
          )}
          <TableScroll label={t("ratingsLabel")}>
            <table className="data side-by-side">
              <caption>{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("attribute")}</th>
                  {people.map(([id, name]) => (
                    <th scope="col" key={id}>
                      {name}
                    </th>
                  ))}
                  <th scope="col">{t("average")}</th>
                  <th scope="col">{t("spread")}</th>
                </tr>
              </thead>
              <tbody>
                {view.attributes.map((a) => (
                  <tr key={a.key} className={a.disagreement ? "disagree" : undefined}>
                    <th scope="row">
                      {a.label}
                      {a.disagreement && <span className="visually-hidden">{t("strongDisagreement")}</span>}
                    </th>
                    {people.map(([id, name]) => {
                      const r = a.ratings.filter((x) => x.name === name).map((x) => x.rating);
                      return <td key={id}>{r.length ? r.join(", ") : "–"}</td>;
                    })}
                    <td>{a.average ?? "–"}</td>
                    <td>{a.spread ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <ul className="recommendation-tally" aria-label={t("recommendations")}>
            {RECOMMENDATIONS.map((r) => (
              <li key={r}>
                <span className={`recommendation rec-${r}`}>{labels(r)}</span>{" "}
                {view.recommendations[r].length ? view.recommendations[r].join(", ") : t("nobody")}
              </li>
            ))}
          </ul>
          <details>
            <summary>{t("readEach")}</summary>
            {view.scorecards.map((card) => (
              <ScorecardView key={card.id} card={card} attributes={attributes} />
            ))}
          </details>
        </>
      )}
      {view.canDecide && (
        <DecisionForm applicationId={applicationId} version={version} suggestedFeedback={view.suggestedFeedback} />
      )}
    </section>
  );
}
