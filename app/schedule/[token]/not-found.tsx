import { scheduleText } from "@/lib/i18n/schedule";

/**
 * A scheduling link that is unknown, expired or cancelled: a real 404. A not-found page gets no
 * token to look the candidate's language up by, so it says it in both, each part marked.
 */
export default function ScheduleNotFound() {
  const en = scheduleText("en");
  const sv = scheduleText("sv");
  return (
    <main id="main" className="page">
      <h1 lang="en">{en.goneTitle}</h1>
      <p lang="en">{en.goneText}</p>
      <section lang="sv">
        <h2>{sv.goneTitle}</h2>
        <p>{sv.goneText}</p>
      </section>
    </main>
  );
}
