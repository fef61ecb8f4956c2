import { notFound } from "next/navigation";
import { PublicShell } from "@/components/site/public-shell";
import { isLocale } from "@/lib/i18n/locales";
import { statusText } from "@/lib/i18n/status";

type Props = { params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return [];
}

export default async function LostLinkSentPage({ params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = statusText(lang);
  return (
    <PublicShell locale={lang} path="/lost-link/sent">
      <section className="card" style={{ maxWidth: "40rem" }}>
        <h1>{t.lostSentTitle}</h1>
        <p>{t.lostSentText}</p>
      </section>
    </PublicShell>
  );
}
