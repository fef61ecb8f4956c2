import type { Localized } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

/** The steps of the process drawn as a line: done, current, still ahead. */
export function ProgressLine({
  steps,
  currentKey,
  locale,
  label,
}: {
  steps: { key: string; name: Localized }[];
  currentKey: string;
  locale: Locale;
  label: string;
}) {
  const current = steps.findIndex((s) => s.key === currentKey);
  return (
    <ol className="progress" aria-label={label}>
      {steps.map((s, i) => (
        <li
          key={s.key}
          className={i < current ? "done" : i === current ? "current" : undefined}
          aria-current={i === current ? "step" : undefined}
        >
          {s.name[locale]}
        </li>
      ))}
    </ol>
  );
}
