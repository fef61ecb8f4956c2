import { notFound } from "next/navigation";
import { SlotForm } from "@/components/schedule/slot-form";
import { ZonePicker } from "@/components/schedule/zone-picker";
import { COMPANY } from "@/lib/company";
import { COMPANY_TIME_ZONE } from "@/lib/feedback/when";
import { scheduleText } from "@/lib/i18n/schedule";
import { schedulingPage } from "@/lib/scheduling/page";
import { isTimeZone } from "@/lib/validations/scheduling";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ tz?: string; done?: string; error?: string }>;
};

export const dynamic = "force-dynamic";

/** The candidate picks, moves or cancels their interview time; every part works without JavaScript. */
export default async function SchedulePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { tz, done, error } = await searchParams;
  const page = await schedulingPage(token);
  if (!page) notFound();
  const t = scheduleText(page.locale);
  const chosen = typeof tz === "string" && isTimeZone(tz);
  const timeZone = chosen ? tz : COMPANY_TIME_ZONE;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(page.locale === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone,
    }).format(new Date(iso)) + ` (${timeZone.replaceAll("_", " ")})`;
  const doneText = done === "booked" || done === "moved" ? t.done[done] : null;
  const errorText = error && error in t.errors ? t.errors[error as keyof typeof t.errors] : null;
  return (
    <main id="main" className="page">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          {COMPANY.name[0]}
        </span>
        {COMPANY.name}
      </p>
      <h1>{t.title}</h1>
      {doneText && (
        <p className="notice success" role="status">
          {doneText}
        </p>
      )}
      {errorText && (
        <p className="notice error" role="alert">
          {errorText}
        </p>
      )}
      <p>{t.intro(page.kind, page.jobTitle, page.durationMinutes)}</p>
      {page.note && (
        <section className="card" aria-labelledby="note">
          <h2 id="note">{t.note}</h2>
          <p style={{ whiteSpace: "pre-line" }}>{page.note}</p>
        </section>
      )}
      {page.bookedAt && (
        <section className="card" aria-labelledby="booked">
          <h2 id="booked">{t.bookedTitle}</h2>
          <p>
            <strong>{t.booked(when(page.bookedAt))}</strong>
          </p>
          <p>{page.changeable ? t.changeText : t.tooLate}</p>
        </section>
      )}
      {page.changeable && (
        <section aria-labelledby="slots">
          <h2 id="slots">{page.bookedAt ? t.changeTitle : t.slotsTitle}</h2>
          <ZonePicker locale={page.locale} timeZone={timeZone} chosen={chosen} />
          <SlotForm
            token={token}
            locale={page.locale}
            timeZone={timeZone}
            slots={page.slots}
            moving={page.bookedAt !== null}
          />
          <form method="post" action={`/api/schedule/${token}/cancel`} className="schedule-cancel">
            <button className="button secondary" type="submit">
              {page.bookedAt ? t.cancel : t.decline}
            </button>
          </form>
        </section>
      )}
    </main>
  );
}
