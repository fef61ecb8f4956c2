import { useFormatter } from "next-intl";

/**
 * A moment in the reader's language, on the company's clock (the time zone comes from
 * i18n/request.ts), so the server's HTML and the browser's render agree and every colleague
 * reads the same time: the team works on Stockholm time.
 */
export function When({ iso }: { iso: string }) {
  const format = useFormatter();
  return <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}</time>;
}
