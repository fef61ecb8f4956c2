import type { DecisionView } from "@/lib/feedback/decision";
import type { AttributeDto } from "@/lib/feedback/scorecards";
import { RECOMMENDATIONS } from "@/lib/feedback/constants";
import { RECOMMENDATION_LABELS } from "@/lib/validations/interviews";
import { DecisionForm } from "./decision-form";
import { ScorecardView } from "./scorecard-view";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { applicationId: number; version: number; view: DecisionView; attributes: AttributeDto[] };

/** The evidence side by side: each interviewer's ratings, the average and spread, and where they disagree. */
export function DecisionPanel({ applicationId, version, view, attributes }: Props) {
  const people = [...new Map(view.scorecards.map((s) => [s.interviewer.id, s.interviewer.name])).entries()];
  return (
    <section className="card decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Scorecards and decision</h2>
      {view.blind && (
        <p className="notice">
          Others’ scorecards appear here once you have submitted all of yours for this application.
        </p>
      )}
      {view.scorecards.length === 0 ? (
        <p className="empty">No submitted scorecards yet.</p>
      ) : (
        <>
          {view.flags.length > 0 && (
            <div className="notice closed" role="note" aria-label="Disagreements">
              <p>
                <strong>Where the interviewers disagree</strong>
              </p>
              <ul>
                {view.flags.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </div>
          )}
          <TableScroll label="Ratings per interviewer">
            <table className="data side-by-side">
              <caption>Ratings from 1 (weak) to 4 (strong), per interviewer</caption>
              <thead>
                <tr>
                  <th scope="col">Attribute</th>
                  {people.map(([id, name]) => (
                    <th scope="col" key={id}>
                      {name}
                    </th>
                  ))}
                  <th scope="col">Average</th>
                  <th scope="col">Spread</th>
                </tr>
              </thead>
              <tbody>
                {view.attributes.map((a) => (
                  <tr key={a.key} className={a.disagreement ? "disagree" : undefined}>
                    <th scope="row">
                      {a.label}
                      {a.disagreement && <span className="visually-hidden"> (strong disagreement)</span>}
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
          <ul className="recommendation-tally" aria-label="Recommendations">
            {RECOMMENDATIONS.map((r) => (
              <li key={r}>
                <span className={`recommendation rec-${r}`}>{RECOMMENDATION_LABELS[r]}</span>{" "}
                {view.recommendations[r].length ? view.recommendations[r].join(", ") : "nobody"}
              </li>
            ))}
          </ul>
          <details>
            <summary>Read each scorecard</summary>
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
