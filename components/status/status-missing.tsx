import Link from "next/link";
import { statusText } from "@/lib/i18n/status";

/** An unknown status link (answered 404) or a visitor guessing too fast; the token tells no language. */
export function StatusMissing({ limited = false }: { limited?: boolean }) {
  const t = statusText("en");
  return (
    <main id="main" className="page">
      <section className="card">
        <h1>{t.notFoundTitle}</h1>
        <p>{limited ? t.tooMany : t.notFoundText}</p>
        <p>
          <Link href="/lost-link">{t.lostTitle}</Link>
        </p>
      </section>
    </main>
  );
}
