import type { Locale } from "@/lib/i18n/locales";
import type { PublicStage } from "@/lib/jobs/queries";
import { candidateSteps } from "@/lib/stages/process";

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
