import type { Recommendation } from "@/db/schema";

type Card = { interviewer: { name: string }; ratings: Record<string, number>; recommendation: Recommendation | null };

export type AttributeSummary = {
  key: string;
  label: string;
  ratings: { name: string; rating: number }[];
  average: number | null;
  spread: number | null;
  disagreement: boolean;
};
export type DecisionSummary = {
  attributes: AttributeSummary[];
  recommendations: Record<Recommendation, string[]>;
  /** Plain sentences naming where the interviewers are far apart, for the decision meeting. */
  flags: string[];
};

/** Ratings two or more points apart on a 1-4 scale are a real disagreement, not noise. */
export const DISAGREEMENT_SPREAD = 2;

/** Side-by-side figures from the submitted scorecards: per-attribute average and spread, and the recommendations. */
export function summarise(cards: Card[], attributes: { key: string; label: string }[]): DecisionSummary {
  const recommendations: Record<Recommendation, string[]> = { strong_no: [], no: [], yes: [], strong_yes: [] };
  for (const c of cards) if (c.recommendation) recommendations[c.recommendation].push(c.interviewer.name);
  const summaries = attributes.map((a) => {
    const ratings = cards.flatMap((c) =>
      c.ratings[a.key] ? [{ name: c.interviewer.name, rating: c.ratings[a.key]! }] : [],
    );
    const values = ratings.map((r) => r.rating);
    const spread = values.length ? Math.max(...values) - Math.min(...values) : null;
    return {
      key: a.key,
      label: a.label,
      ratings,
      average: values.length ? Math.round((values.reduce((x, y) => x + y, 0) / values.length) * 10) / 10 : null,
      spread,
      disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
    };
  });
  const flags = summaries
    .filter((s) => s.disagreement)
    .map(
      (s) =>
        `${s.label}: ratings range from ${Math.min(...s.ratings.map((r) => r.rating))} to ${Math.max(...s.ratings.map((r) => r.rating))}.`,
    );
  const against = [...recommendations.strong_no, ...recommendations.no];
  const infavour = [...recommendations.yes, ...recommendations.strong_yes];
  if (against.length && infavour.length && (recommendations.strong_no.length || recommendations.strong_yes.length)) {
    flags.unshift(`Recommendations split strongly: ${infavour.join(", ")} in favour; ${against.join(", ")} against.`);
  } else if (against.length && infavour.length) {
    flags.unshift(`Recommendations split: ${infavour.join(", ")} in favour; ${against.join(", ")} against.`);
  }
  return { attributes: summaries, recommendations, flags };
}
