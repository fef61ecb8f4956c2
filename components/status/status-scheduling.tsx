import { formatWhen } from "@/lib/feedback/when";
import type { Locale } from "@/lib/i18n/locales";
import { scheduleText } from "@/lib/i18n/schedule";
import { schedulingForStatus } from "@/lib/scheduling/candidate-changes";
import { candidateKindLabel } from "@/lib/scheduling/requests";

/** The booked interview time and the way to move or cancel it (or to pick one), as plain form posts. */
export async function StatusScheduling({ token, locale }: { token: string; locale: Locale }) {
  const items = await schedulingForStatus(token);
  if (items.length === 0) return null;
  const t = scheduleText(locale);
  return (
    <section className="card" aria-labelledby="interview-time">
      <h2 id="interview-time">{t.statusTitle}</h2>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <p>
              {i.startsAt
                ? t.statusBooked(candidateKindLabel(i.kind, locale), formatWhen(i.startsAt, locale))
                : t.statusOpen(candidateKindLabel(i.kind, locale))}
            </p>
            {i.changeable && (
              <form method="post" action={`/api/status/${token}/schedule/${i.id}`}>
                <button className="button secondary small" type="submit" aria-describedby={`sched-note-${i.id}`}>
                  {i.startsAt ? t.statusChange : t.statusPick}
                </button>
                <span className="hint" id={`sched-note-${i.id}`}>
                  {" "}
                  {t.statusNote}
                </span>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
