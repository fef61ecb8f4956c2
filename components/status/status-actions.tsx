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
  onRecord = 1,
  futureRolesUntil = null,
}: {
  token: string;
  locale: Locale;
  active: boolean;
  confirm?: string;
  /** Applications on the candidate's record (after a merge): the erase offers to cover them all. */
  onRecord?: number;
  /** Already formatted in the candidate's language; null when they are not kept for future roles. */
  futureRolesUntil?: string | null;
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
        {onRecord > 1 && <p>{t.eraseAllText(onRecord)}</p>}
        <form method="post" action={`/api/status/${token}/erase`}>
          <div className="check">
            <input id="erase-understood" type="checkbox" name="understood" required />
            <label htmlFor="erase-understood">{t.confirmEraseCheck}</label>
          </div>
          <p className="actions">
            <button className="button danger" type="submit">
              {t.confirmErase}
            </button>
            {onRecord > 1 && (
              <button className="button danger" type="submit" formAction={`/api/status/${token}/erase-all`}>
                {t.eraseAll(onRecord)}
              </button>
            )}
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
      {futureRolesUntil && (
        <form method="post" action={`/api/status/${token}/consent`}>
          <p>{t.futureRoles(futureRolesUntil)}</p>
          <p>
            <button className="button secondary" type="submit">
              {t.stopFutureRoles}
            </button>
          </p>
        </form>
      )}
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
