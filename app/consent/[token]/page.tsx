import { notFound } from "next/navigation";
import { read } from "@/db";
import { COMPANY } from "@/lib/company";
import { consentText } from "@/lib/i18n/consent";
import { consentLink } from "@/lib/people/consent";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ answer?: string; done?: string }> };

export const dynamic = "force-dynamic";

/**
 * Where the renewal email's yes / no links and an invitation's unsubscribe link lead: the answer
 * the link names, as one button. Opening the link changes nothing (mail scanners open links); the
 * click does, at once.
 */
export default async function ConsentPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { answer, done } = await searchParams;
  const link = await consentLink(read(), token);
  if (!link) notFound();
  const t = consentText(link.locale);
  const answered = done === "keep" || done === "withdraw" ? done : link?.answered;
  const choices: ("keep" | "withdraw")[] =
    link?.kind === "unsubscribe"
      ? ["withdraw"]
      : answer === "keep"
        ? ["keep", "withdraw"]
        : answer === "withdraw"
          ? ["withdraw", "keep"]
          : ["keep", "withdraw"];
  return (
    <main id="main" className="page">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          {COMPANY.name[0]}
        </span>
        {COMPANY.name}
      </p>
      <h1>{t.title}</h1>
      {answered ? (
        <p className="notice" role="status">
          {answered === "keep" ? t.doneKeep : t.doneWithdraw}
        </p>
      ) : (
        <section className="card" aria-labelledby="question">
          <h2 id="question">{link.kind === "renewal" ? t.renewalQuestion : t.unsubscribeQuestion}</h2>
          <div className="actions">
            {choices.map((c, i) => (
              <form key={c} method="post" action={`/api/consent/${token}`}>
                <input type="hidden" name="answer" value={c} />
                <button className={`button${i === 0 ? "" : " secondary"}`} type="submit">
                  {link.kind === "unsubscribe" ? t.unsubscribe : c === "keep" ? t.keep : t.withdraw}
                </button>
              </form>
            ))}
          </div>
        </section>
      )}
    </main>
  );
}
