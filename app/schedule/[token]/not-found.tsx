/** A scheduling link that is unknown, expired or cancelled: a real 404 in both languages. */
export default function ScheduleNotFound() {
  return (
    <main id="main" className="page">
      <h1>This link does not work any more</h1>
      <p>
        The link may be mistyped, or the time to book has passed. Please reply to our email and we will find a time with
        you.
      </p>
      <p lang="sv">
        Länken kan vara felskriven, eller så har tiden för att boka gått ut. Svara på vårt mejl så hittar vi en tid
        tillsammans.
      </p>
    </main>
  );
}
