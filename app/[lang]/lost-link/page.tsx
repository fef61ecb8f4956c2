import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/site/public-shell";
import { isLocale } from "@/lib/i18n/locales";
import { statusText } from "@/lib/i18n/status";

type Props = { params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { robots: { index: false } };

/** A plain form (works without JavaScript) that emails fresh status links. */
export default async function LostLinkPage({ params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = statusText(lang);
  return (
    <PublicShell locale={lang} path="/lost-link">
      <section className="card" style={{ maxWidth: "40rem" }}>
        <h1>{t.lostTitle}</h1>
        <p>{t.lostText}</p>
        <form method="post" action="/api/status/lost-link" className="form">
          <input type="hidden" name="locale" value={lang} />
          <div className="field">
            <label htmlFor="lost-email">{t.lostEmail}</label>
            <input id="lost-email" type="email" name="email" autoComplete="email" required maxLength={254} />
          </div>
          <p className="actions">
            <button className="button" type="submit">
              {t.lostSend}
            </button>
          </p>
        </form>
      </section>
    </PublicShell>
  );
}
