import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";

// One fixed zone and locale, so the server's HTML and the browser's render agree (no hydration
// mismatch) and every colleague reads the same clock: the team works on Stockholm time.
const FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: COMPANY_TIME_ZONE,
});

export function formatWhen(iso: string): string {
  return FORMAT.format(new Date(iso));
}

export function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatWhen(iso)}</time>;
}
