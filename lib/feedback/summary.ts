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

/** Where the interviewers are far apart, as facts a page words in its reader's language. */
export type Disagreement =
  | { kind: "split"; strongly: boolean; infavour: string[]; against: string[] }
  | { kind: "range"; attribute: string; min: number; max: number };

/** A split in the recommendations first, then each attribute whose ratings are far apart. */
export function disagreements(
  attributes: Pick<AttributeSummary, "label" | "ratings" | "disagreement">[],
  recommendations: Record<Recommendation, string[]>,
): Disagreement[] {
  const ranges = attributes
    .filter((s) => s.disagreement)
    .map((s): Disagreement => {
      const values = s.ratings.map((r) => r.rating);
      return { kind: "range", attribute: s.label, min: Math.min(...values), max: Math.max(...values) };
    });
  const against = [...recommendations.strong_no, ...recommendations.no];
  const infavour = [...recommendations.yes, ...recommendations.strong_yes];
  if (!against.length || !infavour.length) return ranges;
  const strongly = Boolean(recommendations.strong_no.length || recommendations.strong_yes.length);
  return [{ kind: "split", strongly, infavour, against }, ...ranges];
}

/** The API's plain English sentence for one disagreement. */
function englishFlag(d: Disagreement): string {
  if (d.kind === "range") return `${d.attribute}: ratings range from ${d.min} to ${d.max}.`;
  return `Recommendations split${d.strongly ? " strongly" : ""}: ${d.infavour.join(", ")} in favour; ${d.against.join(", ")} against.`;
}

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
  const flags = disagreements(summaries, recommendations).map(englishFlag);
  return { attributes: summaries, recommendations, flags };
}
