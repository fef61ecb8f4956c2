import type { Locale } from "@/lib/i18n/locales";
import { statusText } from "@/lib/i18n/status";

/**
 * Withdraw, download and erase as plain links and form posts, so they work without JavaScript;
 * the two that cannot be undone go through a confirmation step on this page first.
 */
export function StatusActions({
  token,
  locale,
  active,
  confirm,
}: {
  token: string;
  locale: Locale;
  active: boolean;
  confirm?: string;
}) {
  const t = statusText(locale);
  const base = `/status/${token}`;
  if (confirm === "withdraw" && active) {
    return (
      <section className="card" aria-labelledby="confirm">
        <h2 id="confirm">{t.confirmWithdrawTitle}</h2>
        <p>{t.confirmWithdrawText}</p>
        <form method="post" action={`/api/status/${token}/withdraw`} className="actions">
          <button className="button danger" type="submit">
            {t.confirmWithdraw}
          </button>
          <a className="button secondary" href={base}>
            {t.cancel}
          </a>
        </form>
      </section>
    );
  }
  if (confirm === "erase") {
    return (
      <section className="card" aria-labelledby="confirm">
        <h2 id="confirm">{t.confirmEraseTitle}</h2>
        <p>{t.confirmEraseText}</p>
        <form method="post" action={`/api/status/${token}/erase`}>
          <div className="check">
            <input id="erase-understood" type="checkbox" name="understood" required />
            <label htmlFor="erase-understood">{t.confirmEraseCheck}</label>
          </div>
          <p className="actions">
            <button className="button danger" type="submit">
              {t.confirmErase}
            </button>
            <a className="button secondary" href={base}>
              {t.cancel}
            </a>
          </p>
        </form>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="your-data">
      <h2 id="your-data">{t.yourData}</h2>
      <p className="actions">
        {active && (
          <a className="button secondary" href={`${base}?confirm=withdraw`}>
            {t.withdraw}
          </a>
        )}
        <a className="button secondary" href={`/api/status/${token}/export`} download>
          {t.download}
        </a>
        <a className="button secondary" href={`${base}?confirm=erase`}>
          {t.erase}
        </a>
      </p>
    </section>
  );
}
