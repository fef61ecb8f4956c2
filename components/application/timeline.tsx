import { useTranslations } from "next-intl";
import type { TimelineEntry } from "@/lib/applications/detail";
import { When } from "./when";

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations("application");
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("timeline")}</h2>
      <ol className="timeline" aria-label={t("timelineLabel")}>
        {entries.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <span className="what">{e.description}</span>
            <span className="who-when">
              {e.actor} · <When iso={e.at} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
