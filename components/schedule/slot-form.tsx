import type { Locale } from "@/lib/i18n/locales";
import { scheduleText } from "@/lib/i18n/schedule";
import { dateIn } from "@/lib/scheduling/zone";

const tag = (locale: Locale) => (locale === "sv" ? "sv-SE" : "en-GB");

/** The open slots as radio buttons, one group per day in the candidate's time zone: a plain form post. */
export function SlotForm({
  token,
  locale,
  timeZone,
  slots,
  moving,
}: {
  token: string;
  locale: Locale;
  timeZone: string;
  slots: string[];
  moving: boolean;
}) {
  const t = scheduleText(locale);
  if (slots.length === 0) return <p className="notice">{t.noSlots}</p>;
  const days = new Map<string, string[]>();
  for (const s of slots) {
    const key = dateIn(new Date(s), timeZone);
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  const dayLabel = new Intl.DateTimeFormat(tag(locale), { weekday: "long", day: "numeric", month: "long", timeZone });
  const time = new Intl.DateTimeFormat(tag(locale), { hour: "2-digit", minute: "2-digit", timeZone });
  return (
    <form method="post" action={`/api/schedule/${token}/book`} className="slot-form">
      <input type="hidden" name="timeZone" value={timeZone} />
      {[...days.entries()].map(([key, list], i) => (
        <fieldset key={key} className="slot-day">
          <legend>{dayLabel.format(new Date(list[0]!))}</legend>
          <div className="slot-times">
            {list.map((s, j) => (
              <label key={s} className="slot">
                <input type="radio" name="slot" value={s} required={i === 0 && j === 0} />
                <span>{time.format(new Date(s))}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="actions">
        <button className="button" type="submit">
          {moving ? t.move : t.confirm}
        </button>
      </p>
    </form>
  );
}
