import type { TimelineEntry } from "@/lib/applications/detail";
import { When } from "./when";

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="timeline" aria-label="Events, newest first">
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
