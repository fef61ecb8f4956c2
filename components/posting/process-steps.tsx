import type { Locale } from "@/lib/i18n/locales";
import type { PublicStage } from "@/lib/jobs/queries";

/** The steps as the candidate meets them; the inbox column is the team's, not a step. */
export function candidateSteps(stages: PublicStage[]): PublicStage[] {
  return stages.filter((s) => s.key !== "applied");
}

export function ProcessSteps({ stages, locale }: { stages: PublicStage[]; locale: Locale }) {
  return (
    <ol className="steps">
      {candidateSteps(stages).map((s) => (
        <li key={s.key}>
          <div>
            <strong>{s.name[locale]}</strong>
            <p>{s.description[locale]}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
