import type { Locale } from "@/lib/i18n/locales";
import { scheduleText } from "@/lib/i18n/schedule";
import { ZoneDetect } from "./zone-detect";

/** The time zone the times are shown in: a plain GET form, set to the browser's zone when it can tell. */
export function ZonePicker({ locale, timeZone, chosen }: { locale: Locale; timeZone: string; chosen: boolean }) {
  const t = scheduleText(locale);
  const zones = Intl.supportedValuesOf("timeZone");
  return (
    <form method="get" className="zone-picker" id="zone-form">
      <label htmlFor="zone">{t.zone}</label>
      <div className="zone-row">
        <select id="zone" name="tz" defaultValue={timeZone} aria-describedby="zone-hint">
          {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <button className="button secondary small" type="submit">
          {t.showZone}
        </button>
      </div>
      <p className="hint" id="zone-hint">
        {t.zoneHint}
      </p>
      {!chosen && <ZoneDetect current={timeZone} />}
    </form>
  );
}
